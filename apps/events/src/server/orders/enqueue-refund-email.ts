import { enqueueEmail } from "@stepperslife/vertical/server";
import { renderEmail } from "@stepperslife/mail";
import type { Transaction } from "../../vertical";
import { formatCents, formatEventTime } from "../events/format-event-time";
import { orderPageUrl } from "./order-page-url";

/**
 * Queues the email telling the buyer that the organizer cancelled the event and their order was refunded in full, in
 * the transaction that records the refund, so it goes out exactly when the refund is recorded: one per order
 * (`order-refunded:<id>`), whichever path (the cancel, or a late payment's refund) recorded it.
 */
export async function enqueueRefundEmail({ tx, orderId }: { tx: Transaction; orderId: string }): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { event: true, lines: true } });
  const { event } = order;
  const content = renderEmail({
    heading: `${event.title} was cancelled`,
    intro:
      `The organizer cancelled ${event.title} (${formatEventTime(event.startsAt, event.timeZone)}). Your order was refunded in full to the ` +
      "card you paid with; your bank may take 5–10 days to show it. Your tickets are no longer valid.",
    rows: [
      ...order.lines.map((line) => ({ label: line.name, value: `× ${line.quantity}` })),
      { label: "Refunded", value: formatCents(order.totalCents, order.currency) },
    ],
    action: { label: "See my order", url: orderPageUrl(order.id) },
    footer: "You get this email because you bought tickets on SteppersLife Events.",
  });
  const subject = `Refunded: ${event.title} was cancelled`;
  await enqueueEmail(tx, { to: order.buyerEmail, subject, ...content }, { key: `order-refunded:${order.id}` });
}
