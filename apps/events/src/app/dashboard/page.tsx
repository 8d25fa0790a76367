import type { Metadata } from "next";
import Link from "next/link";
import { DemoTakeover, OwnerPage } from "@stepperslife/ui";
import { auth, db } from "@/vertical";
import { listOrganizerEvents } from "@/server/organizer/list-organizer-events";
import { DEMO_ORGANIZER_ID } from "@/server/seed/demo-organizer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage" };

/** The organizer area: their own events only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const organizer = await auth.requireOwner("/dashboard");
  const [events, demoEvents] = await Promise.all([
    listOrganizerEvents({ db: db(), organizerId: organizer.id }),
    db().event.count({ where: { organizerId: DEMO_ORGANIZER_ID } }),
  ]);
  const actions = (
    <p className="sl-row" style={{ margin: 0 }}>
      <Link className="sl-btn" href="/dashboard/events/new">
        New event
      </Link>
      <Link className="sl-btn sl-btn--ghost" href="/dashboard/get-paid">
        Get paid
      </Link>
      <Link className="sl-btn sl-btn--ghost" href="/dashboard/payouts">
        Payouts
      </Link>
      <Link className="sl-btn sl-btn--ghost" href="/dashboard/webhooks">
        Payment events log
      </Link>
      <DemoTakeover
        count={demoEvents}
        claimUrl="/api/owner/claim-demo"
        label="Take over the demo events"
        className="sl-btn sl-btn--ghost"
      />
    </p>
  );
  return (
    <OwnerPage title="Your events" nav={actions}>
      {events.length === 0 ? <p className="sl-muted">No events yet: create your first one.</p> : null}
      {events.length ? (
        <table className="sl-table sl-table--cards" aria-label="Your events">
          <thead>
            <tr>
              <th>Event</th>
              <th>When</th>
              <th>Status</th>
              <th>Sold</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td data-label="Event">
                  <span>
                    <Link href={`/dashboard/events/${event.id}`}>{event.title}</Link> <span className="sl-muted">· {event.city}</span>
                  </span>
                </td>
                <td data-label="When">{event.when}</td>
                <td data-label="Status">
                  <span className={`sl-badge ${event.status === "published" ? "sl-badge--ok" : event.status === "cancelled" ? "sl-badge--off" : "sl-badge--quiet"}`}>{event.status}</span>
                </td>
                <td data-label="Sold">
                  {event.sold} / {event.capacity}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </OwnerPage>
  );
}
