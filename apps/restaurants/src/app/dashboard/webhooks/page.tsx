import type { Metadata } from "next";
import Link from "next/link";
import { WebhookEventLog } from "@stepperslife/ui";
import { auth, db } from "@/vertical";
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
      <WebhookEventLog events={events} replayUrl={(id) => `/api/owner/webhook-events/${id}/replay`} orderHref={(id) => `/orders/${id}`} />
    </div>
  );
}
