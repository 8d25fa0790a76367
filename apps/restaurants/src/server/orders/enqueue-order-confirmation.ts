import { formatDateTime } from "@stepperslife/format";
import { renderEmail } from "@stepperslife/mail";
import { enqueueEmail } from "@stepperslife/vertical/server";
import type { Transaction } from "../../vertical";
import { formatCents } from "./format-cents";
import { orderPageUrl } from "./order-page-url";

/**
 * Queues the customer's confirmation (paid online, or placed to pay at pickup) in the transaction that confirmed the
 * order, rendered from the rows it just wrote: sent once that transaction commits, retried while the mail server is
 * down, never sent if it rolls back. One per order (`order-confirmed:<id>`), however often the payment is reported.
 */
export async function enqueueOrderConfirmation({ tx, orderId }: { tx: Transaction; orderId: string }): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true, restaurant: true } });
  const { restaurant } = order;
  // With the date: the email may be read on another day than the pickup's.
  const pickup = formatDateTime(order.pickupAt, restaurant.timeZone);
  const code = order.id.slice(0, 6).toUpperCase();
  const content = renderEmail({
    heading: `Order ${code} is confirmed`,
    intro: `${restaurant.name} has your order. Pick it up ${pickup} at ${restaurant.street}, ${restaurant.city}.`,
    rows: [
      ...order.items.map((item) => ({ label: `${item.quantity} × ${item.name}`, value: formatCents(item.unitPriceCents * item.quantity) })),
      { label: "Total", value: formatCents(order.totalCents) },
      { label: "Payment", value: order.paymentMethod === "stripe" ? "Paid online" : "Pay at pickup" },
    ],
    action: { label: "Follow your order", url: orderPageUrl(order.id) },
    footer: "You get this email because you ordered on SteppersLife Restaurants.",
  });
  const subject = `Your order from ${restaurant.name} (${code})`;
  await enqueueEmail(tx, { to: order.customerEmail, subject, ...content }, { key: `order-confirmed:${order.id}` });
}
