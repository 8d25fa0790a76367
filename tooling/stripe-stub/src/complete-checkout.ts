import { newStubId } from "./new-stub-id";
import { recordBalanceTransaction } from "./record-balance-transaction";
import { settleDestinationCharge } from "./settle-destination-charge";
import { shippingDetailsFor } from "./shipping-details-for";
import { StubApiError, type AccountState, type StripeObject, type StubCharge, type StubSession, type StubShippingInput } from "./stub-types";

/** Sends one event; `account` marks a Connect event (about a connected account), `previousAttributes` an update. */
export type EmitEvent = (
  state: AccountState,
  type: string,
  object: StripeObject,
  connect?: { account?: string; previousAttributes?: Record<string, unknown> },
) => Promise<unknown>;

/**
 * What a successful card payment does at Stripe: the session becomes complete and paid, a succeeded
 * payment intent and its charge appear (with the platform's balance transaction, and for a destination
 * charge the transfer and application fee), and `checkout.session.completed` goes to the account's endpoint.
 * A session that collects a shipping address keeps the one the buyer gave (`shippingDetails`, else a plausible one)
 * in `collected_information.shipping_details`. Completing an already complete session changes nothing and sends nothing.
 */
export async function completeCheckout({
  state,
  sessionId,
  emit,
  shippingDetails,
}: {
  state: AccountState;
  sessionId: string;
  emit: EmitEvent;
  shippingDetails?: StubShippingInput;
}): Promise<StubSession> {
  const entry = state.sessions.get(sessionId);
  if (!entry) throw new StubApiError(404, "invalid_request_error", `No such checkout.session: '${sessionId}'`, { code: "resource_missing" });
  const { session, paymentIntentData } = entry;
  if (session.status === "complete") return session;
  if (session.status === "expired") {
    throw new StubApiError(400, "invalid_request_error", "This Checkout Session has expired and can no longer be paid.", { code: "checkout_session_expired" });
  }
  // Checked before anything is paid: an address Checkout would not have taken leaves the session open.
  const shipping = shippingDetailsFor(session, shippingDetails);
  const created = Math.floor(Date.now() / 1000);
  const paymentIntentId = newStubId("pi");
  const chargeId = newStubId("ch");
  const metadata = paymentIntentData.metadata ?? {};
  const charge: StubCharge = {
    id: chargeId,
    object: "charge",
    amount: session.amount_total,
    amount_captured: session.amount_total,
    amount_refunded: 0,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    captured: true,
    created,
    currency: session.currency,
    disputed: false,
    livemode: false,
    metadata,
    on_behalf_of: null,
    paid: true,
    payment_intent: paymentIntentId,
    refunded: false,
    status: "succeeded",
    transfer: null,
    transfer_data: null,
    transfer_group: paymentIntentData.transferGroup ?? null,
  };
  state.charges.set(chargeId, charge);
  const balance = recordBalanceTransaction({ state, type: "charge", amount: charge.amount, currency: charge.currency, source: chargeId });
  charge.balance_transaction = balance.id;
  const { destination, applicationFeeAmount } = paymentIntentData;
  if (destination) settleDestinationCharge({ state, charge, destination, applicationFeeAmount });
  state.paymentIntents.set(paymentIntentId, {
    id: paymentIntentId,
    object: "payment_intent",
    amount: session.amount_total,
    amount_received: session.amount_total,
    application_fee_amount: charge.application_fee_amount,
    created,
    currency: session.currency,
    latest_charge: chargeId,
    livemode: false,
    metadata,
    on_behalf_of: null,
    status: "succeeded",
    transfer_data: charge.transfer_data,
    transfer_group: charge.transfer_group,
  });
  const collected = shipping ? { business_name: null, individual_name: null, shipping_details: shipping } : null;
  Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: paymentIntentId, collected_information: collected });
  await emit(state, "checkout.session.completed", { ...session });
  return session;
}
