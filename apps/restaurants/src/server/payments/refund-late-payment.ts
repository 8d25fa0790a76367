import type { Database } from "../../vertical";
import type { RefundPayment } from "../orders/change-order-status";

/**
 * A payment that arrives for an order already cancelled (its checkout expired or was abandoned first): the money
 * goes straight back, once (Stripe's idempotency key and the conditional update both guard against repeats).
 * Without Stripe refunds there is nothing we can do automatically, so the event fails and stays in the log.
 */
export async function refundLatePayment(options: { db: Database; refund: RefundPayment; orderId: string; checkoutSessionId: string; paymentIntentId: string | null }): Promise<void> {
  const { db, refund, orderId, checkoutSessionId, paymentIntentId } = options;
  if (!refund || !paymentIntentId) throw new Error(`order ${orderId} was cancelled before session ${checkoutSessionId} was paid: refund it by hand`);
  const { id } = await refund({ paymentIntentId, idempotencyKey: `late-payment-${checkoutSessionId}` });
  await db.order.updateMany({ where: { id: orderId, status: "cancelled", refundedAt: null }, data: { paymentIntentId, refundId: id, refundedAt: new Date() } });
}
