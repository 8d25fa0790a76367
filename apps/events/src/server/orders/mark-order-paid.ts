import { assertCheckoutMatchesOrder, type PaidCheckout } from "@stepperslife/payments";
import type { Database } from "../../vertical";
import { issueTickets } from "../tickets/issue-tickets";
import { enqueueTicketsEmail } from "./enqueue-tickets-email";
import { TRANSACTION_OPTIONS } from "./expire-lapsed-holds";
import { lockEvent } from "./lock-event";

export type MarkPaidResult =
  | { outcome: "paid"; orderId: string }
  /** already_paid: a duplicate; not_payable: the seats are gone or the order was cancelled (refund it). */
  | { outcome: "already_paid" | "not_payable" | "unknown_order"; orderId: string | null };

/**
 * Marks the order of a paid checkout session paid and issues its tickets, exactly once: with the event locked, only
 * an order without paidAt moves, so duplicate, concurrent and shuffled deliveries (and the success page confirming
 * the same session) issue tickets once. Held seats become sold; a payment that arrives after the hold expired takes
 * seats again if any are left. The tickets email is queued in the same transaction, so it goes out exactly when
 * the tickets exist. A session whose amount differs from the order's total throws.
 */
export async function markOrderPaid({ db, checkout, now = new Date() }: { db: Database; checkout: PaidCheckout; now?: Date }): Promise<MarkPaidResult> {
  const order = await db.order.findUnique({ where: { checkoutSessionId: checkout.checkoutSessionId }, select: { id: true, eventId: true, totalCents: true, currency: true } });
  if (!order || (checkout.orderId && checkout.orderId !== order.id)) return { outcome: "unknown_order", orderId: checkout.orderId };
  assertCheckoutMatchesOrder(checkout, order);
  return db.$transaction(async (tx) => {
    await lockEvent({ tx, eventId: order.eventId });
    const current = await tx.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: { orderBy: { ticketTypeId: "asc" } } } });
    if (current.paidAt) return { outcome: "already_paid" as const, orderId: order.id };
    if (current.status === "awaiting_payment") {
      for (const line of current.lines) await tx.ticketType.update({ where: { id: line.ticketTypeId }, data: { held: { decrement: line.quantity }, sold: { increment: line.quantity } } });
    } else if (current.status === "expired") {
      const types = await tx.ticketType.findMany({ where: { id: { in: current.lines.map((line) => line.ticketTypeId) } } });
      const fits = current.lines.every((line) => {
        const type = types.find((candidate) => candidate.id === line.ticketTypeId);
        return type !== undefined && type.capacity - type.sold - type.held >= line.quantity;
      });
      if (!fits) return { outcome: "not_payable" as const, orderId: order.id };
      for (const line of current.lines) await tx.ticketType.update({ where: { id: line.ticketTypeId }, data: { sold: { increment: line.quantity } } });
    } else {
      return { outcome: "not_payable" as const, orderId: order.id };
    }
    await tx.order.update({ where: { id: order.id }, data: { status: "paid", paidAt: now, holdExpiresAt: null, paymentIntentId: checkout.paymentIntentId } });
    await issueTickets({ tx, order: current });
    await enqueueTicketsEmail({ tx, orderId: order.id });
    return { outcome: "paid" as const, orderId: order.id };
  }, TRANSACTION_OPTIONS);
}
