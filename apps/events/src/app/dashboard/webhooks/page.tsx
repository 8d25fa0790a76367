import type { Metadata } from "next";
import Link from "next/link";
import { WebhookEventLog } from "@stepperslife/ui";
import { auth, db } from "@/vertical";
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
      <p className="ev-muted">Each Stripe event is stored once by its id. Duplicates are answered without running again; failed events can be replayed safely.</p>
      <WebhookEventLog events={events} replayUrl={(id) => `/api/owner/webhook-events/${id}/replay`} orderHref={(id) => `/orders/${id}`} />
    </div>
  );
}
