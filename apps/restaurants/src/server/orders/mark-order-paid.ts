import { assertCheckoutMatchesOrder, type PaidCheckout } from "@stepperslife/payments";
import type { Database } from "../../vertical";
import { enqueueOrderConfirmation } from "./enqueue-order-confirmation";

export type MarkPaidResult =
  | { outcome: "paid"; orderId: string }
  /** already_paid: a duplicate; not_payable: the order was cancelled before the payment arrived (needs a human). */
  | { outcome: "already_paid" | "not_payable" | "unknown_order"; orderId: string | null };

/**
 * Marks the order of a paid checkout session as paid, exactly once: the update only applies while the order is
 * awaiting_payment with no paidAt, so duplicate, concurrent and late deliveries (and the success page confirming
 * the same session) all end with one transition, and that transition queues the one confirmation email. A session
 * whose amount differs from the order's total throws.
 */
export async function markOrderPaid({ db, checkout, now = new Date() }: { db: Database; checkout: PaidCheckout; now?: Date }): Promise<MarkPaidResult> {
  const order = await db.order.findUnique({ where: { checkoutSessionId: checkout.checkoutSessionId } });
  if (!order || (checkout.orderId && checkout.orderId !== order.id)) return { outcome: "unknown_order", orderId: checkout.orderId };
  assertCheckoutMatchesOrder(checkout, order);
  return db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: order.id, status: "awaiting_payment", paidAt: null },
      data: { status: "new", paidAt: now, paymentIntentId: checkout.paymentIntentId },
    });
    if (count === 0) {
      const current = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { paidAt: true } });
      return { outcome: current.paidAt ? ("already_paid" as const) : ("not_payable" as const), orderId: order.id };
    }
    await tx.orderStatusChange.create({ data: { orderId: order.id, fromStatus: "awaiting_payment", toStatus: "new", actor: "stripe", at: now } });
    await enqueueOrderConfirmation({ tx, orderId: order.id });
    return { outcome: "paid" as const, orderId: order.id };
  });
}
