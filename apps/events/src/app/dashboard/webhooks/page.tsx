import type { Metadata } from "next";
import { BackLink, WebhookLogPage } from "@stepperslife/ui";
import { checkout } from "@/server/payments/checkout";
import { findOrganizerTimeZone } from "@/server/organizer/find-organizer-time-zone";
import { auth, db } from "@/vertical";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

/** The Stripe events about the organizer's events, with a replay button (handlers are idempotent). */
export default async function WebhooksPage() {
  const organizer = await auth.requireOwner("/dashboard/webhooks");
  const events = await checkout.listOwnerWebhookEvents({ ownerId: organizer.id });
  const timeZone = await findOrganizerTimeZone({ db: db(), organizerId: organizer.id });
  return <WebhookLogPage events={events} timeZone={timeZone} nav={<BackLink href="/dashboard" tight>All your events</BackLink>} navFirst />;
}
