import type { Database } from "../../vertical";

/**
 * Records the refund of a payment that arrived after its order was cancelled (the hold ran out first), once: only a
 * cancelled order without a refund takes it. Its stock went back when it was cancelled.
 */
export async function recordLateRefund(input: { db: Database; orderId: string; refundId: string; paymentIntentId: string; now: Date }): Promise<void> {
  const { db, orderId, refundId, paymentIntentId, now } = input;
  await db.order.updateMany({ where: { id: orderId, status: "cancelled", refundedAt: null }, data: { paymentIntentId, refundId, refundedAt: now } });
}
