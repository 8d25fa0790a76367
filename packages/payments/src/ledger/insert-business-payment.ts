import { randomUUID } from "node:crypto";
import type { RawSqlClient } from "../create-webhook-event-store";

/** One business's payment as the ledger keeps it (amounts in the currency's minor unit). */
export interface BusinessPaymentRow {
  businessId: string;
  scopeId: string;
  orderId: string;
  paymentIntentId: string;
  chargeId: string | null;
  connectedAccountId: string;
  currency: string;
  grossCents: number;
  feeCents: number;
  refundedCents: number;
  feeRefundedCents: number;
  paidAt: Date;
}

/**
 * Writes the row unless this payment is already recorded for this business; true when this call wrote it. Either
 * unique key names the same payment (its intent or its charge, per business), so a conflict on either is "already
 * recorded": with a target, a concurrent writer's row can trip the other index first and raise instead (seen with a
 * hundred success-page confirmations racing the webhook).
 */
export async function insertBusinessPayment(db: RawSqlClient, row: BusinessPaymentRow): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO business_payments (id, business_id, scope_id, order_id, payment_intent_id, charge_id, connected_account_id, currency,
      gross_cents, fee_cents, refunded_cents, fee_refunded_cents, paid_at)
    VALUES (${randomUUID()}, ${row.businessId}, ${row.scopeId}, ${row.orderId}, ${row.paymentIntentId}, ${row.chargeId}, ${row.connectedAccountId},
      ${row.currency}, ${row.grossCents}, ${row.feeCents}, ${row.refundedCents}, ${row.feeRefundedCents}, ${row.paidAt.toISOString()}::timestamptz)
    ON CONFLICT DO NOTHING
    RETURNING id`;
  return rows.length === 1;
}
