import type { EmitEvent } from "./complete-checkout";
import { recordBalanceTransaction } from "./record-balance-transaction";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

/**
 * The bank deciding an open dispute: `won` gives the disputed amount back to the platform's balance (Stripe's
 * chargeback reversal), `lost` leaves it withdrawn; then `charge.dispute.closed`. A closed dispute stays closed.
 */
export async function closeDispute({
  state,
  disputeId,
  outcome,
  emit,
}: {
  state: AccountState;
  disputeId: string;
  outcome: "won" | "lost";
  emit: EmitEvent;
}): Promise<StripeObject> {
  const dispute = state.disputes.get(disputeId);
  if (!dispute) throw new StubApiError(404, "invalid_request_error", `No such dispute: '${disputeId}'`, { code: "resource_missing" });
  if (dispute.status === "won" || dispute.status === "lost") {
    throw new StubApiError(400, "invalid_request_error", `Dispute ${disputeId} is already closed (${String(dispute.status)}).`);
  }
  if (outcome === "won") {
    const amount = Number(dispute.amount);
    const description = `Chargeback reversal for ${String(dispute.charge)}`;
    const currency = String(dispute.currency);
    const reversal = recordBalanceTransaction({ state, type: "adjustment", amount, currency, source: disputeId, description });
    (dispute.balance_transactions as unknown[]).push(reversal);
  }
  Object.assign(dispute, { status: outcome, is_charge_refundable: false });
  await emit(state, "charge.dispute.closed", dispute);
  return dispute;
}
