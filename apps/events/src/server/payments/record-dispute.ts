import type { DisputedPayment } from "@stepperslife/payments";
import { notifyDisputedPayment } from "@stepperslife/vertical/server";
import { appBaseUrl, type Database } from "../../vertical";

/**
 * A customer's bank disputed a card payment for tickets: the organizer (who set up their payouts) is emailed, in the
 * transaction that marked the payment disputed, so the email is queued exactly when the dispute is first recorded.
 */
export async function recordDispute({ db: tx, ...dispute }: DisputedPayment<Database>): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: dispute.scopeId }, select: { title: true, organizerName: true } });
  // Events orders have no code of their own: the organizer knows an order by its tickets' codes (the attendee list).
  const tickets = await tx.ticket.findMany({ where: { orderId: dispute.orderId }, select: { code: true }, orderBy: { code: "asc" } });
  await notifyDisputedPayment(tx, {
    dispute,
    businessName: event.organizerName || event.title,
    orderLabel: ticketsLabel(event.title, tickets.map(({ code }) => code)),
    payoutsUrl: `${appBaseUrl()}/dashboard/payouts`,
  });
}

/** "2 tickets to Spring Social (K7QX-M2PA-9RTD, M2PA-9RTD-K7QX)"; past three codes, "… and 4 more". */
function ticketsLabel(title: string, codes: string[]): string {
  if (codes.length === 0) return `an order for ${title}`;
  const shown = codes.length > 3 ? `${codes.slice(0, 2).join(", ")} and ${codes.length - 2} more` : codes.join(", ");
  return `${codes.length === 1 ? "1 ticket" : `${codes.length} tickets`} to ${title} (${shown})`;
}
