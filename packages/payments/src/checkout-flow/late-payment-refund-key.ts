/**
 * The one idempotency key a late payment is refunded under, in every vertical: per checkout session (one payment),
 * so the webhook, its redeliveries, a replay and the success page racing each other refund it once at Stripe.
 */
export function latePaymentRefundKey(checkoutSessionId: string): string {
  return `late-payment-${checkoutSessionId}`;
}
