import { z } from "zod";
import type { EmitEvent } from "./complete-checkout";
import { newStubId } from "./new-stub-id";
import { parseStubParams } from "./parse-stub-params";
import { proportionalShare } from "./proportional-share";
import { recordBalanceTransaction } from "./record-balance-transaction";
import { refundApplicationFee } from "./refund-application-fee";
import { reverseTransfer } from "./reverse-transfer";
import { boolean, expand, integer, metadata } from "./stub-params";
import { StubApiError, type AccountState, type StripeObject, type StubCharge } from "./stub-types";

const refundParams = z.strictObject({
  payment_intent: z.string().min(1).optional(),
  charge: z.string().min(1).optional(),
  amount: integer.optional(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  metadata: metadata.optional(),
  // Destination charges: take the refunded part back from the connected account, and give back that part of the fee.
  reverse_transfer: boolean.optional(),
  refund_application_fee: boolean.optional(),
  expand: expand.optional(),
});

/**
 * `POST /v1/refunds` for a payment intent (or charge): refunds all or part of what is left and sends `charge.refunded`.
 * With `reverse_transfer` the destination charge's transfer is reversed in proportion to the refund, with
 * `refund_application_fee` the application fee likewise; the refund that empties the charge takes what is left of both.
 */
export async function createRefund({ state, params, emit }: { state: AccountState; params: Record<string, unknown>; emit: EmitEvent }) {
  const input = parseStubParams(refundParams, params);
  const charge = chargeToRefund(state, input);
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) {
    throw new StubApiError(400, "invalid_request_error", `Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" });
  }
  const amount = input.amount ?? remaining;
  if (!Number.isInteger(amount) || amount < 1 || amount > remaining) {
    throw new StubApiError(400, "invalid_request_error", `Refund amount must be a whole number from 1 to ${remaining}.`, { param: "amount", code: "amount_too_large" });
  }
  const transfer = charge.transfer ? state.transfers.get(charge.transfer) : undefined;
  if (input.reverse_transfer && !transfer) {
    const message = `Charge ${charge.id} has no transfer to reverse: reverse_transfer applies to destination charges.`;
    throw new StubApiError(400, "invalid_request_error", message, { param: "reverse_transfer" });
  }
  const id = newStubId("re");
  const final = amount === remaining;
  const share = (total: number, left: number) => proportionalShare({ part: amount, whole: charge.amount, total, left, final });
  let transferReversal: string | null = null;
  if (input.reverse_transfer && transfer) {
    const reversed = share(transfer.amount, transfer.amount - transfer.amount_reversed);
    if (reversed > 0) transferReversal = reverseTransfer({ state, transfer, amount: reversed, sourceRefund: id }).id;
  }
  const fee = charge.application_fee ? state.applicationFees.get(charge.application_fee) : undefined;
  if (input.refund_application_fee && fee) {
    const feeRefunded = share(fee.amount, fee.amount - fee.amount_refunded);
    if (feeRefunded > 0) refundApplicationFee({ state, fee, amount: feeRefunded });
  }
  const balance = recordBalanceTransaction({ state, type: "refund", amount: -amount, currency: charge.currency, source: id });
  const refund: StripeObject = {
    id,
    object: "refund",
    amount,
    balance_transaction: balance.id,
    charge: charge.id,
    created: balance.created,
    currency: charge.currency,
    metadata: input.metadata ?? {},
    payment_intent: charge.payment_intent,
    reason: input.reason ?? null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: transferReversal,
  };
  state.refunds.set(id, refund);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  await emit(state, "charge.refunded", { ...charge });
  return refund;
}

function chargeToRefund(state: AccountState, input: { payment_intent?: string; charge?: string }): StubCharge {
  if (input.charge !== undefined) {
    const charge = state.charges.get(input.charge);
    if (!charge) {
      throw new StubApiError(404, "invalid_request_error", `No such charge: '${input.charge}'`, { param: "charge", code: "resource_missing" });
    }
    return charge;
  }
  const paymentIntentId = input.payment_intent;
  if (paymentIntentId === undefined) {
    throw new StubApiError(400, "invalid_request_error", "Missing required param: payment_intent.", { param: "payment_intent", code: "parameter_missing" });
  }
  const paymentIntent = state.paymentIntents.get(paymentIntentId);
  if (!paymentIntent) {
    throw new StubApiError(404, "invalid_request_error", `No such payment_intent: '${paymentIntentId}'`, { param: "payment_intent", code: "resource_missing" });
  }
  const charge = state.charges.get(String(paymentIntent.latest_charge));
  if (!charge) throw new StubApiError(400, "invalid_request_error", "This PaymentIntent has no successful charge to refund.");
  return charge;
}
