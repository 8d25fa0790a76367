import type { RawSqlClient } from "../create-webhook-event-store";
import { groupPayoutsByDay, type PayoutDay } from "./group-payouts-by-day";

interface Row {
  order_id: string;
  scope_id: string;
  paid_at: Date | string;
  currency: string;
  gross_cents: number;
  fee_cents: number;
  refunded_cents: number;
  fee_refunded_cents: number;
  dispute_status: string | null;
}

/**
 * The owner's payouts page: a business's recorded card payments (business_payments), by day on its own clock,
 * newest first, each with what the business keeps after the platform's fee and refunds; `since` (an instant, e.g.
 * the start of a day in that zone) limits how far back. Read from the ledger only: no call to Stripe.
 */
export async function listBusinessPayouts(input: { db: RawSqlClient; businessId: string; timeZone: string; since?: Date }): Promise<PayoutDay[]> {
  const { db, businessId, timeZone, since } = input;
  const rows = since
    ? await db.$queryRaw<Row[]>`
        SELECT order_id, scope_id, paid_at, currency, gross_cents, fee_cents, refunded_cents, fee_refunded_cents, dispute_status
        FROM business_payments WHERE business_id = ${businessId} AND paid_at >= ${since.toISOString()}::timestamptz
        ORDER BY paid_at DESC, created_at DESC, id DESC`
    : await db.$queryRaw<Row[]>`
        SELECT order_id, scope_id, paid_at, currency, gross_cents, fee_cents, refunded_cents, fee_refunded_cents, dispute_status
        FROM business_payments WHERE business_id = ${businessId}
        ORDER BY paid_at DESC, created_at DESC, id DESC`;
  const payments = rows.map((row) => ({
    orderId: row.order_id,
    scopeId: row.scope_id,
    paidAt: new Date(row.paid_at),
    currency: row.currency,
    grossCents: Number(row.gross_cents),
    feeCents: Number(row.fee_cents),
    refundedCents: Number(row.refunded_cents),
    feeRefundedCents: Number(row.fee_refunded_cents),
    disputeStatus: row.dispute_status,
  }));
  return groupPayoutsByDay(payments, timeZone);
}
