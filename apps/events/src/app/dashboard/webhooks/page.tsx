import type { Metadata } from "next";
import { BackLink, WebhookLogPage } from "@stepperslife/ui";
import { checkout } from "@/server/payments/checkout";
import { auth } from "@/vertical";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

/** The Stripe events about the organizer's events, with a replay button (handlers are idempotent). */
export default async function WebhooksPage() {
  const organizer = await auth.requireOwner("/dashboard/webhooks");
  const events = await checkout.listOwnerWebhookEvents({ ownerId: organizer.id });
  return <WebhookLogPage events={events} nav={<BackLink href="/dashboard" tight>All your events</BackLink>} navFirst />;
}
