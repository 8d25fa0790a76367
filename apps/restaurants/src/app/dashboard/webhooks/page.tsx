import type { Metadata } from "next";
import { BackLink, WebhookLogPage } from "@stepperslife/ui";
import { checkout } from "@/server/payments/checkout";
import { auth } from "@/vertical";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

/** Every Stripe event about the owner's restaurants, how it was handled, and a replay button. */
export default async function WebhooksPage() {
  const owner = await auth.requireOwner("/dashboard/webhooks");
  const events = await checkout.listOwnerWebhookEvents({ ownerId: owner.id });
  return <WebhookLogPage events={events} nav={<BackLink href="/dashboard">All your restaurants</BackLink>} />;
}
