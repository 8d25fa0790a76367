import { newStubId } from "./new-stub-id";
import { StubApiError, type AccountState, type StripeObject, type StubSession } from "./stub-types";

export type EmitEvent = (state: AccountState, type: string, object: StripeObject) => Promise<unknown>;

/**
 * What a successful card payment does at Stripe: the session becomes complete and paid, a succeeded
 * payment intent and its charge appear, and `checkout.session.completed` goes to the account's endpoint.
 * Completing an already complete session changes nothing and sends nothing.
 */
export async function completeCheckout({ state, sessionId, emit }: { state: AccountState; sessionId: string; emit: EmitEvent }): Promise<StubSession> {
  const entry = state.sessions.get(sessionId);
  if (!entry) throw new StubApiError(404, "invalid_request_error", `No such checkout.session: '${sessionId}'`, { code: "resource_missing" });
  const { session } = entry;
  if (session.status === "complete") return session;
  if (session.status === "expired") {
    throw new StubApiError(400, "invalid_request_error", "This Checkout Session has expired and can no longer be paid.", { code: "checkout_session_expired" });
  }
  const created = Math.floor(Date.now() / 1000);
  const paymentIntentId = newStubId("pi");
  const chargeId = newStubId("ch");
  state.charges.set(chargeId, {
    id: chargeId,
    object: "charge",
    amount: session.amount_total,
    amount_captured: session.amount_total,
    amount_refunded: 0,
    captured: true,
    created,
    currency: session.currency,
    livemode: false,
    metadata: {},
    paid: true,
    payment_intent: paymentIntentId,
    refunded: false,
    status: "succeeded",
  });
  state.paymentIntents.set(paymentIntentId, {
    id: paymentIntentId,
    object: "payment_intent",
    amount: session.amount_total,
    amount_received: session.amount_total,
    created,
    currency: session.currency,
    latest_charge: chargeId,
    livemode: false,
    metadata: {},
    status: "succeeded",
  });
  Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: paymentIntentId });
  await emit(state, "checkout.session.completed", { ...session });
  return session;
}
