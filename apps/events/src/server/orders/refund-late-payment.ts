import type { Database } from "../database";
import type { Refunder } from "../organizer/cancel-event";

/**
 * A payment that arrived for an order that can no longer be honoured (its event was cancelled, or its hold expired
 * and the seats were sold): refunds it in full (one idempotency key per order, so redeliveries never refund twice)
 * and records the refund on the order. Throws without Stripe, so the webhook log shows it failed.
 */
export async function refundLatePayment({ db, refund, orderId, paymentIntentId, now = new Date() }: { db: Database; refund: Refunder; orderId: string; paymentIntentId: string | null; now?: Date }): Promise<void> {
  if (!refund || !paymentIntentId) throw new Error(`order ${orderId} was paid but cannot be honoured, and cannot be refunded automatically: refund it by hand`);
  const { id } = await refund({ paymentIntentId, idempotencyKey: `refund-order-${orderId}` });
  await db.order.updateMany({ where: { id: orderId, status: { in: ["expired", "cancelled"] }, paidAt: null }, data: { status: "refunded", refundId: id, refundedAt: now, paymentIntentId } });
}
