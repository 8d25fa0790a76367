import type { Payments } from "../create-payments";
import { refundPayment } from "../refund-payment";
import type { CheckoutDomain } from "./checkout-domain";
import { latePaymentRefundKey } from "./late-payment-refund-key";

/**
 * A payment that arrived for an order that can no longer be honoured (cancelled, or its hold expired and the stock
 * or seats went to someone else): the money goes straight back, once, and the order records it. Without Stripe
 * refunds nothing can be done automatically, so this throws and the event stays failed in the log for an operator.
 */
export async function refundLatePayment<Db>(input: {
  db: Db;
  domain: Pick<CheckoutDomain<Db>, "recordLateRefund">;
  payments: Payments | null;
  orderId: string;
  checkoutSessionId: string;
  paymentIntentId: string | null;
  now?: Date;
}): Promise<void> {
  const { db, domain, payments, orderId, checkoutSessionId, paymentIntentId, now = new Date() } = input;
  if (!payments || !paymentIntentId) {
    throw new Error(`order ${orderId} was paid by session ${checkoutSessionId} but cannot be honoured or refunded automatically: refund it by hand`);
  }
  const { id } = await refundPayment(payments, { paymentIntentId, idempotencyKey: latePaymentRefundKey(checkoutSessionId) });
  await domain.recordLateRefund({ db, orderId, refundId: id, paymentIntentId, now });
}
