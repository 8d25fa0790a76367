import type Stripe from "stripe";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { toPaymentsError } from "../to-payments-error";
import { refundTotals } from "./refund-totals";

/**
 * A charge was refunded (charge.refunded): its ledger row takes Stripe's current totals of the charge's refunds and
 * of the application fee given back. Totals, read from Stripe now rather than from the event, and never lowered:
 * a replay, a redelivery or an older event arriving last all leave the row as Stripe has it. False when the charge
 * is not in the ledger (a late payment refunded before it was ever a business's, another kind of charge).
 */
export async function applyChargeRefund(input: { db: RawSqlClient; payments: Payments; chargeId: string }): Promise<boolean> {
  const { db, payments, chargeId } = input;
  let charge: Stripe.Charge;
  try {
    charge = await payments.stripe.charges.retrieve(chargeId, { expand: ["application_fee"] });
  } catch (error) {
    throw toPaymentsError(error);
  }
  const { refundedCents, feeRefundedCents } = refundTotals(charge);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE business_payments
    SET refunded_cents = GREATEST(refunded_cents, ${refundedCents}), fee_refunded_cents = GREATEST(fee_refunded_cents, ${feeRefundedCents}),
      updated_at = now()
    WHERE charge_id = ${chargeId}
    RETURNING id`;
  return rows.length === 1;
}
