import type { Database } from "../../vertical";

/**
 * Records the refund of a payment that arrived for an order already cancelled (its checkout expired or was abandoned
 * first), once: only a cancelled order without a refund takes it.
 */
export async function recordLateRefund(input: { db: Database; orderId: string; refundId: string; paymentIntentId: string; now: Date }): Promise<void> {
  const { db, orderId, refundId, paymentIntentId, now } = input;
  await db.order.updateMany({ where: { id: orderId, status: "cancelled", refundedAt: null }, data: { paymentIntentId, refundId, refundedAt: now } });
}
