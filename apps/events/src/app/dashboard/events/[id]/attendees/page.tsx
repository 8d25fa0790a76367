import { OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { OrganizerNav } from "@/components/organizer-nav";
import { db } from "@/vertical";
import { listAttendees } from "@/server/organizer/list-attendees";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Attendees" };

/** Every ticket of the event with its holder and check-in state, and the CSV export. */
export default async function AttendeesPage({ params }: { params: Promise<{ id: string }> }) {
  const { organizer, event } = await loadOwned(params, "/attendees");
  const attendees = await listAttendees({ db: db(), organizerId: organizer.id, eventId: event.id });
  const checkedIn = attendees.filter((attendee) => attendee.status === "checked in").length;
  return (
    <OwnerPage title={`Attendees of ${event.title}`} nav={<OrganizerNav eventId={event.id} title={event.title} />}>
      <p className="sl-row" style={{ justifyContent: "space-between", margin: 0 }}>
        <span role="status">
          {attendees.length === 1 ? "1 ticket" : `${attendees.length} tickets`} · {checkedIn} checked in
        </span>
        <a className="sl-btn" href={`/api/owner/events/${event.id}/attendees?format=csv`} download>
          Export CSV
        </a>
      </p>
      <table className="sl-table sl-table--cards" aria-label="Attendees">
        <thead>
          <tr>
            <th>Code</th>
            <th>Ticket</th>
            <th>Name</th>
            <th>Email</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((attendee) => (
            <tr key={attendee.code}>
              <td data-label="Code">
                <span className="ev-code">{attendee.code}</span>
              </td>
              <td data-label="Ticket">{attendee.type}</td>
              <td data-label="Name">{attendee.name || <span className="sl-muted">not given</span>}</td>
              <td data-label="Email">{attendee.email}</td>
              <td data-label="Status">
                <span className={`sl-badge ${attendee.status === "checked in" ? "sl-badge--ok" : attendee.status === "void" ? "sl-badge--off" : "sl-badge--quiet"}`}>{attendee.status}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </OwnerPage>
  );
}
