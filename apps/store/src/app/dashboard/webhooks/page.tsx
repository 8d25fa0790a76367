import { BackLink, HOME_TIME_ZONE, WebhookLogPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { checkout } from "@/server/payments/checkout";
import { orderCode } from "@/server/orders/order-code";
import { auth, db } from "@/vertical";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment events" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every Stripe event about the owner's shops' orders, how it was handled, and a replay button. Times on the clock of
 * the owner's first shop; an event's order links to that order on the packing list of the owner's shop in it (the
 * buyer's own order page would be another person's, so not found for the owner).
 */
export default async function WebhooksPage() {
  const owner = await auth.requireOwner("/dashboard/webhooks");
  const events = await checkout.listOwnerWebhookEvents({ ownerId: owner.id });
  const orderIds = [...new Set(events.map((event) => event.orderId).filter((id): id is string => id !== null && UUID.test(id)))];
  const [shops, shipments] = await Promise.all([
    db().shop.findMany({ where: { ownerId: owner.id }, orderBy: { createdAt: "asc" }, select: { id: true, timeZone: true }, take: 1 }),
    db().shipment.findMany({ where: { orderId: { in: orderIds }, shop: { ownerId: owner.id } }, select: { orderId: true, shopId: true } }),
  ]);
  const shopOfOrder = new Map(shipments.map((shipment) => [shipment.orderId, shipment.shopId]));
  const orderHref = (orderId: string) => {
    const shopId = shopOfOrder.get(orderId);
    return shopId ? `/dashboard/shops/${shopId}/orders?show=all#order-${orderCode(orderId)}` : "/dashboard";
  };
  return (
    <WebhookLogPage
      events={events}
      timeZone={shops[0]?.timeZone ?? HOME_TIME_ZONE}
      orderHref={orderHref}
      nav={<BackLink href="/dashboard">All your shops</BackLink>}
    />
  );
}
