import type { EmitEvent } from "./complete-checkout";
import { newStubId } from "./new-stub-id";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

/** `POST /v1/refunds` for a payment intent: refunds all or part of what is left and sends `charge.refunded`. */
export async function createRefund({ state, params, emit }: { state: AccountState; params: Record<string, unknown>; emit: EmitEvent }) {
  const paymentIntentId = params.payment_intent;
  if (typeof paymentIntentId !== "string") {
    throw new StubApiError(400, "invalid_request_error", "Missing required param: payment_intent.", { param: "payment_intent", code: "parameter_missing" });
  }
  const paymentIntent = state.paymentIntents.get(paymentIntentId);
  if (!paymentIntent) {
    throw new StubApiError(404, "invalid_request_error", `No such payment_intent: '${paymentIntentId}'`, { param: "payment_intent", code: "resource_missing" });
  }
  const charge = state.charges.get(String(paymentIntent.latest_charge));
  if (!charge) throw new StubApiError(400, "invalid_request_error", "This PaymentIntent has no successful charge to refund.");
  const remaining = Number(charge.amount) - Number(charge.amount_refunded);
  if (remaining <= 0) {
    throw new StubApiError(400, "invalid_request_error", `Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" });
  }
  const amount = params.amount === undefined ? remaining : Number(params.amount);
  if (!Number.isInteger(amount) || amount < 1 || amount > remaining) {
    throw new StubApiError(400, "invalid_request_error", `Refund amount must be a whole number from 1 to ${remaining}.`, { param: "amount", code: "amount_too_large" });
  }
  const refund: StripeObject = {
    id: newStubId("re"),
    object: "refund",
    amount,
    charge: charge.id,
    created: Math.floor(Date.now() / 1000),
    currency: charge.currency,
    metadata: typeof params.metadata === "object" && params.metadata !== null ? params.metadata : {},
    payment_intent: paymentIntentId,
    reason: typeof params.reason === "string" ? params.reason : null,
    status: "succeeded",
  };
  charge.amount_refunded = Number(charge.amount_refunded) + amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  await emit(state, "charge.refunded", { ...charge });
  return refund;
}
