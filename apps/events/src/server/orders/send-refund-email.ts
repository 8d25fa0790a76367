import type { Mailer } from "@stepperslife/mail";
import { renderEmail } from "@stepperslife/mail";
import type { Database } from "../../vertical";
import { formatCents, formatEventTime } from "../events/format-event-time";

/**
 * Tells the buyer that the organizer cancelled the event and their order was refunded in full. Called once per order,
 * by whichever path actually refunded it. Failures are logged, never thrown: the refund stands either way.
 */
export async function sendRefundEmail({ db, mailer, orderId, orderUrl }: { db: Database; mailer: Mailer; orderId: string; orderUrl: string }): Promise<void> {
  try {
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { event: true, lines: true } });
    const content = renderEmail({
      heading: `${order.event.title} was cancelled`,
      intro: `The organizer cancelled ${order.event.title} (${formatEventTime(order.event.startsAt, order.event.timeZone)}). Your order was refunded in full to the card you paid with; your bank may take 5–10 days to show it. Your tickets are no longer valid.`,
      rows: [
        ...order.lines.map((line) => ({ label: line.name, value: `× ${line.quantity}` })),
        { label: "Refunded", value: formatCents(order.totalCents, order.currency) },
      ],
      action: { label: "See my order", url: orderUrl },
      footer: "You get this email because you bought tickets on SteppersLife Events.",
    });
    await mailer.send({ to: order.buyerEmail, subject: `Refunded: ${order.event.title} was cancelled`, ...content });
  } catch (error) {
    console.error(`order ${orderId}: refund email failed`, error);
  }
}
