import Stripe from "stripe";
import type { Payments } from "./create-payments";
import { toPaymentsError } from "./to-payments-error";

type SessionStatus = NonNullable<Stripe.Checkout.Session["status"]>;

/**
 * Closes an open Checkout Session so its buyer can no longer pay (e.g. the order was cancelled while they were on
 * the payment page); Stripe then sends `checkout.session.expired`. A session that is no longer open (already
 * expired, or completed — its payment is on its way and must be handled, e.g. refunded) is not an error: the answer
 * says what the session is now.
 */
export async function expireCheckoutSession(payments: Payments, sessionId: string): Promise<{ status: SessionStatus }> {
  try {
    const session = await payments.stripe.checkout.sessions.expire(sessionId);
    return { status: session.status ?? "expired" };
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError) || error.statusCode !== 400) throw toPaymentsError(error);
  }
  // Stripe refuses to expire a session that is not open; ask what it is instead.
  try {
    const session = await payments.stripe.checkout.sessions.retrieve(sessionId);
    return { status: session.status ?? "expired" };
  } catch (error) {
    throw toPaymentsError(error);
  }
}
