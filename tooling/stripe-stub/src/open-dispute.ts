import type { EmitEvent } from "./complete-checkout";
import { newStubId } from "./new-stub-id";
import { recordBalanceTransaction } from "./record-balance-transaction";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

const evidenceWindowSeconds = 7 * 24 * 60 * 60;

/**
 * What a cardholder's bank does when it disputes a charge as fraudulent: a dispute needing a response, the
 * disputed amount withdrawn from the platform's balance, and `charge.dispute.created`. A charge is disputed once.
 */
export async function openDispute({ state, chargeId, emit }: { state: AccountState; chargeId: string; emit: EmitEvent }): Promise<StripeObject> {
  const charge = state.charges.get(chargeId);
  if (!charge) throw new StubApiError(404, "invalid_request_error", `No such charge: '${chargeId}'`, { code: "resource_missing" });
  if (charge.disputed) throw new StubApiError(400, "invalid_request_error", `Charge ${chargeId} has already been disputed.`);
  const amount = charge.amount - charge.amount_refunded;
  if (amount <= 0) throw new StubApiError(400, "invalid_request_error", `Charge ${chargeId} is fully refunded; there is nothing left to dispute.`);
  const id = newStubId("du");
  const description = `Chargeback withdrawal for ${chargeId}`;
  const withdrawal = recordBalanceTransaction({ state, type: "adjustment", amount: -amount, currency: charge.currency, source: id, description });
  const dispute: StripeObject = {
    id,
    object: "dispute",
    amount,
    balance_transactions: [withdrawal],
    charge: chargeId,
    created: withdrawal.created,
    currency: charge.currency,
    evidence: {},
    evidence_details: { due_by: withdrawal.created + evidenceWindowSeconds, has_evidence: false, past_due: false, submission_count: 0 },
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: charge.payment_intent,
    reason: "fraudulent",
    status: "needs_response",
  };
  state.disputes.set(id, dispute);
  charge.disputed = true;
  await emit(state, "charge.dispute.created", dispute);
  return dispute;
}
