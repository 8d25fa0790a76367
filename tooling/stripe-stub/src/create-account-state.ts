import type { AccountState, StubAccount } from "./stub-types";

/** A platform's empty memory: nothing created yet. */
export function createAccountState(account: StubAccount): AccountState {
  return {
    account,
    sessions: new Map(),
    paymentIntents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    idempotency: new Map(),
    connectedAccounts: new Map(),
    accountLinks: new Map(),
    transfers: new Map(),
    transferReversals: new Map(),
    applicationFees: new Map(),
    feeRefunds: new Map(),
    balanceTransactions: new Map(),
    disputes: new Map(),
  };
}
