import type Stripe from "stripe";

/**
 * What has been refunded of a charge so far, as Stripe counts it: the customer's refunds and the part of the
 * application fee given back with them. Needs the charge with `application_fee` expanded; without a fee, 0.
 */
export function refundTotals(charge: Stripe.Charge | null): { refundedCents: number; feeRefundedCents: number } {
  if (!charge) return { refundedCents: 0, feeRefundedCents: 0 };
  const fee = charge.application_fee;
  if (typeof fee === "string") throw new Error(`charge ${charge.id} was read without its application fee expanded`);
  return { refundedCents: charge.amount_refunded, feeRefundedCents: fee?.amount_refunded ?? 0 };
}
