import Link from "next/link";

const sections = [
  ["", "Details & tickets"],
  ["/attendees", "Attendees"],
  ["/check-in", "Door check-in"],
  ["/sales", "Sales"],
] as const;

/** The tabs of one event in the dashboard. */
export function OrganizerNav({ eventId, title }: { eventId: string; title: string }) {
  return (
    <nav aria-label={`Manage ${title}`} className="ev-stack" style={{ gap: "0.5rem" }}>
      <p style={{ margin: 0 }}>
        <Link href="/dashboard">← All your events</Link>
      </p>
      <ul className="ev-row" style={{ padding: 0, margin: 0, listStyle: "none" }}>
        {sections.map(([path, label]) => (
          <li key={label}>
            <Link href={`/dashboard/events/${eventId}${path}`}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
