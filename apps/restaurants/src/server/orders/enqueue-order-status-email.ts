import { formatDateTime } from "@stepperslife/format";
import { renderEmail } from "@stepperslife/mail";
import { enqueueEmail } from "@stepperslife/vertical/server";
import type { Transaction } from "../../vertical";
import type { OrderStatusName } from "./order-schemas";
import { orderPageUrl } from "./order-page-url";

/** The moves a customer hears about by email: the kitchen took the order, and it is ready to pick up. */
const announced: Partial<Record<OrderStatusName, (input: { restaurant: string; pickup: string }) => { heading: string; intro: string }>> = {
  accepted: ({ restaurant, pickup }) => ({
    heading: "Your order was accepted",
    intro: `${restaurant} accepted your order and will have it ready for pickup ${pickup}.`,
  }),
  ready: ({ restaurant }) => ({ heading: "Your order is ready", intro: `Your order is ready to pick up at ${restaurant}.` }),
};

/**
 * Queues the customer's email about a status move, in the transaction that made the move: sent once it commits,
 * retried while the mail server is down, one per order and status (`order-status:<id>:<status>`) however the move races.
 */
export async function enqueueOrderStatusEmail({ tx, orderId, status }: { tx: Transaction; orderId: string; status: OrderStatusName }): Promise<void> {
  const words = announced[status];
  if (!words) return;
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { restaurant: true } });
  const { restaurant } = order;
  const code = order.id.slice(0, 6).toUpperCase();
  const { heading, intro } = words({ restaurant: restaurant.name, pickup: formatDateTime(order.pickupAt, restaurant.timeZone) });
  const content = renderEmail({
    heading: `${heading} (${code})`,
    intro,
    rows: [
      { label: "Pickup", value: formatDateTime(order.pickupAt, restaurant.timeZone, { timeZoneName: true }) },
      { label: "Where", value: `${restaurant.street}, ${restaurant.city}` },
    ],
    action: { label: "Follow your order", url: orderPageUrl(order.id) },
    footer: "You get this email because you ordered on SteppersLife Restaurants.",
  });
  const subject = status === "ready" ? `Ready for pickup at ${restaurant.name} (${code})` : `${restaurant.name} accepted your order (${code})`;
  await enqueueEmail(tx, { to: order.customerEmail, subject, ...content }, { key: `order-status:${order.id}:${status}` });
}
