import { z } from "zod";
import type { StubTransfer } from "./connect-types";
import { findTransferDestination } from "./find-transfer-destination";
import { parseStubParams } from "./parse-stub-params";
import { recordTransfer } from "./record-transfer";
import { currency, expand, metadata, positiveAmount } from "./stub-params";
import { StubApiError, type AccountState } from "./stub-types";

const transferParams = z.strictObject({
  amount: positiveAmount,
  currency,
  destination: z.string().min(1),
  description: z.string().optional(),
  transfer_group: z.string().min(1).optional(),
  source_transaction: z.string().min(1).optional(),
  metadata: metadata.optional(),
  expand: expand.optional(),
});

/**
 * `POST /v1/transfers` (separate charges and transfers). With `source_transaction` the transfer draws on that charge
 * and may not exceed what is left of it (its amount less refunds and what earlier transfers from it still hold);
 * without one it draws on the platform's balance, which the stub counts whole (pending and available alike).
 */
export function createTransfer({ state, params }: { state: AccountState; params: Record<string, unknown> }): StubTransfer {
  const input = parseStubParams(transferParams, params);
  findTransferDestination({ state, id: input.destination, param: "destination" });
  let available: number;
  if (input.source_transaction !== undefined) {
    const source = state.charges.get(input.source_transaction);
    if (!source) {
      const message = `No such charge: '${input.source_transaction}'`;
      throw new StubApiError(400, "invalid_request_error", message, { param: "source_transaction", code: "resource_missing" });
    }
    if (source.currency !== input.currency) {
      const message = `The currency of source_transaction (${source.currency}) must be the same as the transfer currency (${input.currency}).`;
      throw new StubApiError(400, "invalid_request_error", message, { param: "currency" });
    }
    const transferred = [...state.transfers.values()]
      .filter((transfer) => transfer.source_transaction === source.id)
      .reduce((sum, transfer) => sum + transfer.amount - transfer.amount_reversed, 0);
    available = source.amount - source.amount_refunded - transferred;
  } else {
    const balance = [...state.balanceTransactions.values()].filter((txn) => txn.currency === input.currency);
    available = balance.reduce((sum, txn) => sum + txn.net, 0);
  }
  if (input.amount > available) {
    const from = input.source_transaction ? `source transaction ${input.source_transaction}` : "your balance";
    const message = `Insufficient funds: the transfer (${input.amount}) exceeds the ${Math.max(0, available)} available from ${from}.`;
    throw new StubApiError(400, "invalid_request_error", message, { param: "amount", code: "balance_insufficient" });
  }
  return recordTransfer({
    state,
    amount: input.amount,
    currency: input.currency,
    destination: input.destination,
    sourceTransaction: input.source_transaction ?? null,
    transferGroup: input.transfer_group ?? null,
    metadata: input.metadata,
    description: input.description ?? null,
  });
}
