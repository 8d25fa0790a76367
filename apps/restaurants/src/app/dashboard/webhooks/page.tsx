import type { Metadata } from "next";
import { BackLink, WebhookLogPage } from "@stepperslife/ui";
import { auth, db } from "@/vertical";
import { listOwnerWebhookEvents } from "@/server/payments/list-owner-webhook-events";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

/** Every Stripe event about the owner's restaurants, how it was handled, and a replay button. */
export default async function WebhooksPage() {
  const owner = await auth.requireOwner("/dashboard/webhooks");
  const events = await listOwnerWebhookEvents({ db: db(), ownerId: owner.id });
  return <WebhookLogPage events={events} nav={<BackLink href="/dashboard">All your restaurants</BackLink>} />;
}
