import type { AccountState, StripeObject } from "./stub-types";

/** A platform's retrievable objects by the path segment of their `GET /v1/<collection>/:id` endpoint. */
export function stubCollections(state: AccountState): Record<string, ReadonlyMap<string, StripeObject>> {
  return {
    payment_intents: state.paymentIntents,
    charges: state.charges,
    refunds: state.refunds,
    accounts: state.connectedAccounts,
    transfers: state.transfers,
    transfer_reversals: state.transferReversals,
    application_fees: state.applicationFees,
    fee_refunds: state.feeRefunds,
    balance_transactions: state.balanceTransactions,
    disputes: state.disputes,
  };
}
