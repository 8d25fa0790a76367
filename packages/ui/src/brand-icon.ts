/** The brand mark as a data URL, so every app has a favicon without shipping an icon file each. */
export const brandIconUrl = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="9" fill="#3d1f33"/><path d="M7 21.5c3.5-7 9-9.5 15.5-8" fill="none" stroke="#f97316" stroke-width="3" stroke-linecap="round"/><circle cx="23.5" cy="20.5" r="3" fill="#fdecdf"/></svg>',
)}`;
