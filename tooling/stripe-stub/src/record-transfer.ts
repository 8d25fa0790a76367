import type { StubTransfer } from "./connect-types";
import { newStubId } from "./new-stub-id";
import { recordBalanceTransaction } from "./record-balance-transaction";
import type { AccountState } from "./stub-types";

/**
 * Moves `amount` from the platform to a connected account: the transfer, the payment (`py_…`) it becomes in the
 * connected account, and the platform's outgoing balance transaction. Callers have checked the destination.
 */
export function recordTransfer({
  state,
  amount,
  currency,
  destination,
  sourceTransaction,
  transferGroup,
  metadata = {},
  description = null,
}: {
  state: AccountState;
  amount: number;
  currency: string;
  destination: string;
  sourceTransaction: string | null;
  transferGroup: string | null;
  metadata?: Record<string, string>;
  description?: string | null;
}): StubTransfer {
  const id = newStubId("tr");
  const balance = recordBalanceTransaction({ state, type: "transfer", amount: -amount, currency, source: id });
  const transfer: StubTransfer = {
    id,
    object: "transfer",
    amount,
    amount_reversed: 0,
    balance_transaction: balance.id,
    created: balance.created,
    currency,
    description,
    destination,
    destination_payment: newStubId("py"),
    livemode: false,
    metadata,
    reversals: { object: "list", data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    source_transaction: sourceTransaction,
    source_type: "card",
    transfer_group: transferGroup,
  };
  state.transfers.set(id, transfer);
  return transfer;
}
