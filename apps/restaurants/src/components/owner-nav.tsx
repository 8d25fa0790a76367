import Link from "next/link";

const sections = [
  ["", "Profile & hours"],
  ["/menu", "Menu"],
  ["/orders", "Orders"],
  ["/sales", "Sales"],
] as const;

/** The tabs of one restaurant in the dashboard. */
export function OwnerNav({ restaurantId, name }: { restaurantId: string; name: string }) {
  return (
    <nav aria-label={`Manage ${name}`} className="rs-stack" style={{ gap: "0.5rem" }}>
      <p style={{ margin: 0 }}>
        <Link href="/dashboard">← All your restaurants</Link>
      </p>
      <ul className="rs-nav">
        {sections.map(([path, label]) => (
          <li key={label}>
            <Link href={`/dashboard/restaurants/${restaurantId}${path}`}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
