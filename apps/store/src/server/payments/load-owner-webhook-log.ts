import { HOME_TIME_ZONE } from "@stepperslife/ui";
import type { Database } from "../../vertical";
import { orderCode } from "../orders/order-code";
import { checkout } from "./checkout";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The owner's payment-event log: Stripe's events about their shops' orders, the clock of their first shop to read them
 * on, and for each order the place on the owner's own packing list where it is (the buyer's order page would be
 * another person's, so not found for the owner).
 */
export async function loadOwnerWebhookLog({ db, ownerId }: { db: Database; ownerId: string }) {
  const events = await checkout.listOwnerWebhookEvents({ ownerId });
  const orderIds = [...new Set(events.map((event) => event.orderId).filter((id): id is string => id !== null && UUID.test(id)))];
  const [firstShop, shipments] = await Promise.all([
    db.shop.findFirst({ where: { ownerId }, orderBy: { createdAt: "asc" }, select: { timeZone: true } }),
    db.shipment.findMany({ where: { orderId: { in: orderIds }, shop: { ownerId } }, select: { orderId: true, shopId: true } }),
  ]);
  const orderHrefs = Object.fromEntries(
    shipments.map((shipment) => [shipment.orderId, `/dashboard/shops/${shipment.shopId}/orders?show=all#order-${orderCode(shipment.orderId)}`]),
  );
  return { events, timeZone: firstShop?.timeZone ?? HOME_TIME_ZONE, orderHrefs };
}
