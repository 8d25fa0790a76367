import type { StubApplicationFee } from "./connect-types";
import { newStubId } from "./new-stub-id";
import { recordBalanceTransaction } from "./record-balance-transaction";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

/** Gives `amount` (default: all that is left) of an application fee back to the connected account. */
export function refundApplicationFee({
  state,
  fee,
  amount,
  metadata = {},
}: {
  state: AccountState;
  fee: StubApplicationFee;
  amount?: number;
  metadata?: Record<string, string>;
}): StripeObject {
  const left = fee.amount - fee.amount_refunded;
  if (left <= 0) {
    throw new StubApiError(400, "invalid_request_error", `Application fee ${fee.id} has already been refunded.`, { code: "charge_already_refunded" });
  }
  const refunded = amount ?? left;
  if (refunded > left) {
    const message = `Refund amount must be a whole number from 1 to ${left}.`;
    throw new StubApiError(400, "invalid_request_error", message, { param: "amount", code: "amount_too_large" });
  }
  const id = newStubId("fr");
  const balance = recordBalanceTransaction({ state, type: "application_fee_refund", amount: -refunded, currency: fee.currency, source: id });
  const feeRefund: StripeObject = {
    id,
    object: "fee_refund",
    amount: refunded,
    balance_transaction: balance.id,
    created: balance.created,
    currency: fee.currency,
    fee: fee.id,
    metadata,
  };
  fee.amount_refunded += refunded;
  fee.refunded = fee.amount_refunded === fee.amount;
  fee.refunds.data.unshift(feeRefund);
  fee.refunds.total_count += 1;
  state.feeRefunds.set(id, feeRefund);
  return feeRefund;
}
