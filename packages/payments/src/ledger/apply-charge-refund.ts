import type Stripe from "stripe";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { toPaymentsError } from "../to-payments-error";
import { refundTotals } from "./refund-totals";
import { shareFeeRefunded } from "./share-fee-refunded";
import { sharedRefundTotals } from "./shared-refund-totals";

/**
 * A charge was refunded (charge.refunded): its ledger row takes Stripe's current totals of the charge's refunds and
 * of the application fee given back. Totals, read from Stripe now rather than from the event, and never lowered:
 * a replay, a redelivery or an older event arriving last all leave the row as Stripe has it. False when the charge
 * is not in the ledger (a late payment refunded before it was ever a business's, another kind of charge).
 * A charge shared by several businesses updates each one's row with the refunds of its own share.
 */
export async function applyChargeRefund(input: { db: RawSqlClient; payments: Payments; chargeId: string }): Promise<boolean> {
  const { db, payments, chargeId } = input;
  let charge: Stripe.Charge;
  try {
    charge = await payments.stripe.charges.retrieve(chargeId, { expand: ["application_fee"] });
  } catch (error) {
    throw toPaymentsError(error);
  }
  if (!charge.transfer_data && charge.transfer_group) return applySharedChargeRefund({ db, payments, chargeId });
  const { refundedCents, feeRefundedCents } = refundTotals(charge);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE business_payments
    SET refunded_cents = GREATEST(refunded_cents, ${refundedCents}), fee_refunded_cents = GREATEST(fee_refunded_cents, ${feeRefundedCents}),
      updated_at = now()
    WHERE charge_id = ${chargeId}
    RETURNING id`;
  return rows.length === 1;
}

async function applySharedChargeRefund({ db, payments, chargeId }: { db: RawSqlClient; payments: Payments; chargeId: string }): Promise<boolean> {
  const rows = await db.$queryRaw<{ business_id: string; gross_cents: number; fee_cents: number }[]>`
    SELECT business_id, gross_cents, fee_cents FROM business_payments WHERE charge_id = ${chargeId} ORDER BY business_id`;
  if (rows.length === 0) return false;
  const refunded = await sharedRefundTotals(payments, chargeId);
  for (const row of rows) {
    const refundedCents = refunded.get(row.business_id) ?? 0;
    const feeRefundedCents = shareFeeRefunded({ refundedCents, grossCents: row.gross_cents, feeCents: row.fee_cents });
    await db.$queryRaw`
      UPDATE business_payments
      SET refunded_cents = GREATEST(refunded_cents, ${refundedCents}), fee_refunded_cents = GREATEST(fee_refunded_cents, ${feeRefundedCents}),
        updated_at = now()
      WHERE charge_id = ${chargeId} AND business_id = ${row.business_id}`;
  }
  return true;
}
