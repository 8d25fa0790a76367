import type Stripe from "stripe";
import type { DisputedPayment, TransactionClientOf } from "../checkout-flow/checkout-domain";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { toPaymentsError } from "../to-payments-error";

type Transactional = RawSqlClient & { $transaction<R>(fn: (tx: RawSqlClient) => Promise<R>): Promise<R> };

interface ClaimedRow {
  order_id: string;
  scope_id: string;
  business_id: string;
  currency: string;
  disputed_cents: number;
}

/**
 * Any event about a dispute (created, updated, closed): the disputed payment's ledger row takes the dispute as
 * Stripe has it now (read from Stripe, so events arriving out of order or replayed leave the latest status), and
 * the first of them to arrive marks the row (each business's row of a shared charge) disputed and tells the vertical, `recordDispute`, exactly once per row.
 *
 * Exactly once: the mark is `UPDATE … WHERE disputed_at IS NULL RETURNING`, run with the hook in one interactive
 * transaction of the app's client. A concurrent delivery's UPDATE waits on the row lock, then finds it marked and
 * only refreshes the status; a hook that throws rolls the mark back, so Stripe's retry (or a replay) marks and calls
 * again. A client without `$transaction` could not give that, so with a hook it is refused (throws). False when the
 * charge is not in the ledger.
 */
export async function applyChargeDispute<Db extends RawSqlClient>(input: {
  db: Db;
  payments: Payments;
  disputeId: string;
  recordDispute?: (input: DisputedPayment<Db>) => Promise<void>;
}): Promise<boolean> {
  const { db, payments, disputeId, recordDispute } = input;
  let dispute: Stripe.Dispute;
  try {
    dispute = await payments.stripe.disputes.retrieve(disputeId);
  } catch (error) {
    throw toPaymentsError(error);
  }
  const chargeId = typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id;
  const disputedAt = new Date(dispute.created * 1000).toISOString();
  const apply = async (tx: RawSqlClient): Promise<boolean> => {
    // Each business's row of the charge (one, or one per share of a shared charge) takes its own part of the dispute.
    const claimed = await tx.$queryRaw<ClaimedRow[]>`
      UPDATE business_payments
      SET dispute_status = ${dispute.status}, dispute_reason = ${dispute.reason},
        disputed_cents = LEAST(${dispute.amount}, GREATEST(gross_cents - refunded_cents, 0)), disputed_at = ${disputedAt}::timestamptz, updated_at = now()
      WHERE charge_id = ${chargeId} AND disputed_at IS NULL
      RETURNING order_id, scope_id, business_id, currency, disputed_cents`;
    for (const row of claimed) {
      await recordDispute?.({
        db: tx as TransactionClientOf<Db>,
        orderId: row.order_id,
        scopeId: row.scope_id,
        businessId: row.business_id,
        amountCents: row.disputed_cents,
        currency: dispute.currency,
        reason: dispute.reason,
        disputeId: dispute.id,
      });
    }
    if (claimed.length > 0) return true;
    const refreshed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE business_payments
      SET dispute_status = ${dispute.status}, dispute_reason = ${dispute.reason},
        disputed_cents = LEAST(${dispute.amount}, GREATEST(gross_cents - refunded_cents, 0)), updated_at = now()
      WHERE charge_id = ${chargeId}
      RETURNING id`;
    return refreshed.length > 0;
  };
  if (!recordDispute) return apply(db);
  if (!hasTransactions(db)) throw new Error("recordDispute needs a database client with interactive transactions ($transaction(fn))");
  return db.$transaction(apply);
}

function hasTransactions(db: RawSqlClient): db is Transactional {
  return typeof (db as Partial<Transactional>).$transaction === "function";
}
