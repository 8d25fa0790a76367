import type { Payments } from "./create-payments";
import { type CheckoutSummary, toCheckoutSummary } from "./to-checkout-summary";
import { toPaymentsError } from "./to-payments-error";

/** A checkout session as Stripe knows it now, e.g. for the success page to show "paid" before the webhook lands. */
export async function retrieveCheckoutSession(payments: Payments, id: string): Promise<CheckoutSummary> {
  try {
    return toCheckoutSummary(await payments.stripe.checkout.sessions.retrieve(id));
  } catch (error) {
    throw toPaymentsError(error);
  }
}
