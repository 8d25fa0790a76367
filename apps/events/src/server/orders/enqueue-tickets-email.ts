import { enqueueEmail } from "@stepperslife/vertical/server";
import { renderEmail } from "@stepperslife/mail";
import type { Transaction } from "../../vertical";
import { formatCents, formatEventTime } from "../events/format-event-time";
import { orderPageUrl } from "./order-page-url";

/**
 * Queues the buyer's tickets email (codes and a link to the QR codes) in the transaction that issued the tickets,
 * rendered from the rows it just wrote: it is sent once that transaction commits, retried while the mail server is
 * down, and never sent if it rolls back. One per order (`order-paid:<id>`), however often the payment is reported.
 */
export async function enqueueTicketsEmail({ tx, orderId }: { tx: Transaction; orderId: string }): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { event: true, tickets: { include: { ticketType: true }, orderBy: { createdAt: "asc" } } },
  });
  const { event } = order;
  const content = renderEmail({
    heading: `Your tickets for ${event.title}`,
    intro: `${formatEventTime(event.startsAt, event.timeZone)} at ${event.venue}, ${event.address}, ${event.city}. Show the QR code at the door.`,
    rows: [
      ...order.tickets.map((ticket) => ({ label: ticket.ticketType.name, value: ticket.code })),
      { label: "Total", value: order.totalCents === 0 ? "Free" : formatCents(order.totalCents, order.currency) },
    ],
    action: { label: "Show my tickets", url: orderPageUrl(order.id) },
    footer: "You get this email because you bought tickets on SteppersLife Events.",
  });
  await enqueueEmail(tx, { to: order.buyerEmail, subject: `Tickets: ${event.title}`, ...content }, { key: `order-paid:${order.id}` });
}
