/** The SteppersLife mark: a step's arc and its landing, in the brand's plum and ember. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" fill="#3d1f33" />
      <path d="M7 21.5c3.5-7 9-9.5 15.5-8" fill="none" stroke="#f97316" strokeWidth="3" strokeLinecap="round" />
      <circle cx="23.5" cy="20.5" r="3" fill="#fdecdf" />
    </svg>
  );
}
