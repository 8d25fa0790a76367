import type { BalanceTransactionType, StubBalanceTransaction } from "./connect-types";
import { newStubId } from "./new-stub-id";
import type { AccountState } from "./stub-types";

const reportingCategories: Record<BalanceTransactionType, string> = {
  charge: "charge",
  refund: "refund",
  application_fee: "platform_earning",
  application_fee_refund: "platform_earning_refund",
  transfer: "transfer",
  transfer_refund: "transfer_reversal",
  adjustment: "dispute",
};

const twoDays = 2 * 24 * 60 * 60;

/**
 * One movement of the platform's balance (positive in, negative out). The stub charges no Stripe fee, so fee is 0
 * and net equals amount. Money in becomes available after two days, as on Stripe's default US schedule; money out
 * is taken from the balance at once. The status is the one recorded at creation: the stub does not age it.
 */
export function recordBalanceTransaction({
  state,
  type,
  amount,
  currency,
  source,
  description = null,
}: {
  state: AccountState;
  type: BalanceTransactionType;
  amount: number;
  currency: string;
  source: string;
  description?: string | null;
}): StubBalanceTransaction {
  const created = Math.floor(Date.now() / 1000);
  const incoming = amount > 0;
  const transaction: StubBalanceTransaction = {
    id: newStubId("txn"),
    object: "balance_transaction",
    amount,
    available_on: incoming ? created + twoDays : created,
    balance_type: "payments",
    created,
    currency,
    description,
    exchange_rate: null,
    fee: 0,
    fee_details: [],
    net: amount,
    reporting_category: reportingCategories[type],
    source,
    status: incoming ? "pending" : "available",
    type,
  };
  state.balanceTransactions.set(transaction.id, transaction);
  return transaction;
}
