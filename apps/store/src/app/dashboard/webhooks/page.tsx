import { BackLink, WebhookLogPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { loadOwnerWebhookLog } from "@/server/payments/load-owner-webhook-log";
import { auth, db } from "@/vertical";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

/** Every Stripe event about the owner's shops' orders, how it was handled, and a replay button. */
export default async function WebhooksPage() {
  const owner = await auth.requireOwner("/dashboard/webhooks");
  const { events, timeZone, orderHrefs } = await loadOwnerWebhookLog({ db: db(), ownerId: owner.id });
  return (
    <WebhookLogPage
      events={events}
      timeZone={timeZone}
      orderHref={(orderId) => orderHrefs[orderId] ?? "/dashboard"}
      nav={<BackLink href="/dashboard">All your shops</BackLink>}
    />
  );
}
