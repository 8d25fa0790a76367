import type { Metadata } from "next";
import { BackLink, WebhookLogPage } from "@stepperslife/ui";
import { checkout } from "@/server/payments/checkout";
import { findOwnerTimeZone } from "@/server/restaurants/find-owner-time-zone";
import { auth, db } from "@/vertical";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

/** Every Stripe event about the owner's restaurants, how it was handled, and a replay button. */
export default async function WebhooksPage() {
  const owner = await auth.requireOwner("/dashboard/webhooks");
  const events = await checkout.listOwnerWebhookEvents({ ownerId: owner.id });
  const timeZone = await findOwnerTimeZone({ db: db(), ownerId: owner.id });
  return <WebhookLogPage events={events} timeZone={timeZone} nav={<BackLink href="/dashboard">All your restaurants</BackLink>} />;
}
