import type { StubTransfer } from "./connect-types";
import { newStubId } from "./new-stub-id";
import { recordBalanceTransaction } from "./record-balance-transaction";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

/** Takes `amount` (default: all that is left) of a transfer back from the connected account to the platform. */
export function reverseTransfer({
  state,
  transfer,
  amount,
  metadata = {},
  sourceRefund = null,
}: {
  state: AccountState;
  transfer: StubTransfer;
  amount?: number;
  metadata?: Record<string, string>;
  sourceRefund?: string | null;
}): StripeObject {
  const left = transfer.amount - transfer.amount_reversed;
  if (left <= 0) {
    const message = `Transfer ${transfer.id} has already been fully reversed.`;
    throw new StubApiError(400, "invalid_request_error", message, { code: "transfer_already_reversed" });
  }
  const reversed = amount ?? left;
  if (reversed > left) {
    const message = `You cannot reverse ${reversed}: only ${left} of transfer ${transfer.id} is left to reverse.`;
    throw new StubApiError(400, "invalid_request_error", message, { param: "amount", code: "amount_too_large" });
  }
  const id = newStubId("trr");
  const balance = recordBalanceTransaction({ state, type: "transfer_refund", amount: reversed, currency: transfer.currency, source: id });
  const reversal: StripeObject = {
    id,
    object: "transfer_reversal",
    amount: reversed,
    balance_transaction: balance.id,
    created: balance.created,
    currency: transfer.currency,
    destination_payment_refund: newStubId("pyr"),
    metadata,
    source_refund: sourceRefund,
    transfer: transfer.id,
  };
  transfer.amount_reversed += reversed;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  transfer.reversals.data.unshift(reversal);
  transfer.reversals.total_count += 1;
  state.transferReversals.set(id, reversal);
  return reversal;
}
