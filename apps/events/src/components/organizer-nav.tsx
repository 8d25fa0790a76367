import { BackLink } from "@stepperslife/ui";
import Link from "next/link";

const sections = [
  ["", "Details & tickets"],
  ["/attendees", "Attendees"],
  ["/check-in", "Door check-in"],
  ["/sales", "Sales"],
] as const;

export type OrganizerSection = (typeof sections)[number][0];

/** The tabs of one event in the dashboard, the page's own marked as current, under the way back to all events. */
export function OrganizerNav({ eventId, title, current }: { eventId: string; title: string; current: OrganizerSection }) {
  return (
    <nav aria-label={`Manage ${title}`} className="sl-stack" style={{ gap: "0.5rem" }}>
      <BackLink href="/dashboard" tight>
        All your events
      </BackLink>
      <ul className="sl-tabs ev-tabs">
        {sections.map(([path, label]) => (
          <li key={path}>
            <Link href={`/dashboard/events/${eventId}${path}`} aria-current={path === current ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
