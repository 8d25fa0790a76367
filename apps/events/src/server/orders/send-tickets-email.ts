import type { Mailer } from "@stepperslife/mail";
import { renderEmail } from "@stepperslife/mail";
import type { Database } from "../../vertical";
import { formatCents, formatEventTime } from "../events/format-event-time";

/**
 * Emails the buyer their tickets (codes and a link to the QR codes). Failures are logged, never thrown: the tickets
 * stand whether or not the mail server answers.
 */
export async function sendTicketsEmail({ db, mailer, orderId, orderUrl }: { db: Database; mailer: Mailer; orderId: string; orderUrl: string }): Promise<void> {
  try {
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { event: true, tickets: { include: { ticketType: true }, orderBy: { createdAt: "asc" } } } });
    const content = renderEmail({
      heading: `Your tickets for ${order.event.title}`,
      intro: `${formatEventTime(order.event.startsAt, order.event.timeZone)} at ${order.event.venue}, ${order.event.address}, ${order.event.city}. Show the QR code at the door.`,
      rows: [
        ...order.tickets.map((ticket) => ({ label: ticket.ticketType.name, value: ticket.code })),
        { label: "Total", value: order.totalCents === 0 ? "Free" : formatCents(order.totalCents, order.currency) },
      ],
      action: { label: "Show my tickets", url: orderUrl },
      footer: "You get this email because you bought tickets on SteppersLife Events.",
    });
    await mailer.send({ to: order.buyerEmail, subject: `Tickets: ${order.event.title}`, ...content });
  } catch (error) {
    console.error(`order ${orderId}: tickets email failed`, error);
  }
}
