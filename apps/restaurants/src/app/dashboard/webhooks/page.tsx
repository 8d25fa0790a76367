import type { Metadata } from "next";
import Link from "next/link";
import { PostButton } from "@/components/post-button";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { listOwnerWebhookEvents } from "@/server/payments/list-owner-webhook-events";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

/** Every Stripe event about the owner's restaurants, how it was handled, and a replay button. */
export default async function WebhooksPage() {
  const owner = await auth.requireOwner("/dashboard/webhooks");
  const events = await listOwnerWebhookEvents({ db: db(), ownerId: owner.id });
  return (
    <div className="rs-stack">
      <h1 style={{ margin: 0 }}>Payment events</h1>
      <p>
        <Link href="/dashboard">← All your restaurants</Link>
      </p>
      <p className="rs-muted">Each Stripe event is stored once by its id. Duplicates are answered without running again; failed events can be replayed safely.</p>
      {events.length === 0 ? <p>No payment events yet.</p> : null}
      <table className="rs-table">
        <thead>
          <tr>
            <th>Received</th>
            <th>Event</th>
            <th>Order</th>
            <th>Outcome</th>
            <th>Attempts</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{new Date(event.receivedAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC</td>
              <td>
                {event.type}
                <br />
                <small className="rs-muted">{event.id}</small>
              </td>
              <td>{event.orderId ? <Link href={`/orders/${event.orderId}`}>{event.orderId.slice(0, 6).toUpperCase()}</Link> : "—"}</td>
              <td>
                {event.outcome}
                {event.error ? <small className="rs-error"> {event.error}</small> : null}
              </td>
              <td>{event.attempts}</td>
              <td>
                <PostButton url={`/api/owner/webhook-events/${event.id}/replay`} label="Replay" className="rs-btn rs-btn--ghost rs-btn--small" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
