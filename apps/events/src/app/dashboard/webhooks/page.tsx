import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { listOwnerWebhookEvents } from "@/server/payments/list-owner-webhook-events";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

/** The Stripe events about the organizer's events, with a replay button (handlers are idempotent). */
export default async function WebhooksPage() {
  const organizer = await auth.requireOwner("/dashboard/webhooks");
  const events = await listOwnerWebhookEvents({ db: db(), organizerId: organizer.id });
  return (
    <div className="ev-stack">
      <p style={{ margin: 0 }}>
        <Link href="/dashboard">← All your events</Link>
      </p>
      <h1 style={{ margin: 0 }}>Payment events</h1>
      {events.length === 0 ? <p className="ev-muted">No payment events yet.</p> : null}
      {events.length ? (
        <table className="ev-table" aria-label="Payment events">
          <thead>
            <tr>
              <th>Received</th>
              <th>Type</th>
              <th>Outcome</th>
              <th>Order</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>{event.receivedAt.replace("T", " ").slice(0, 19)}</td>
                <td>{event.type}</td>
                <td>
                  {event.outcome}
                  {event.attempts > 1 ? ` (${event.attempts} attempts)` : ""}
                </td>
                <td>{event.orderId ? <Link href={`/orders/${event.orderId}`}>{event.orderId.slice(0, 8)}</Link> : "—"}</td>
                <td>
                  <ActionButton url={`/api/owner/webhook-events/${event.id}/replay`} label="Replay" className="ev-btn ev-btn--ghost" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
