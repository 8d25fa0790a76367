import type Stripe from "stripe";
import type { WebhookHandlers } from "./run-webhook-handler";
import { toCheckoutSummary, type CheckoutSummary } from "./to-checkout-summary";

type SessionHandler = (session: CheckoutSummary) => Promise<"processed" | "ignored">;

/**
 * The Stripe events every vertical's checkout answers: a session paid (at once, or later for delayed methods, so
 * both events fulfil the same way) and a session expired unpaid. Everything else is logged as ignored.
 */
export function checkoutSessionHandlers({ paid, expired }: { paid: SessionHandler; expired: SessionHandler }): WebhookHandlers {
  const sessionOf = (event: Stripe.Event) => toCheckoutSummary(event.data.object as Stripe.Checkout.Session);
  return {
    "checkout.session.completed": (event) => paid(sessionOf(event)),
    "checkout.session.async_payment_succeeded": (event) => paid(sessionOf(event)),
    "checkout.session.expired": (event) => expired(sessionOf(event)),
  };
}
