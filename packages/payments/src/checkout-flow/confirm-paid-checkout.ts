import type { PlatformFeePolicy } from "../connect/platform-fee";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { retrieveCheckoutSession } from "../retrieve-checkout-session";
import type { CheckoutDomain } from "./checkout-domain";
import { fulfilPaidCheckout } from "./fulfil-paid-checkout";

/**
 * The success page's side of the race with the webhook: it asks Stripe for the session itself and fulfils it if
 * paid (the same exactly-once path), so the customer sees "paid" even before the webhook arrives. A session id that
 * is not this order's is ignored.
 */
export async function confirmPaidCheckout<Db extends RawSqlClient>(input: {
  db: Db;
  domain: Pick<CheckoutDomain<Db>, "scopeKey" | "findOrderCheckout" | "markPaid" | "recordLateRefund" | "loadCheckoutOrder">;
  payments: Payments;
  fees: PlatformFeePolicy;
  orderId: string;
  sessionId: string;
}): Promise<void> {
  const { db, domain, payments, fees, orderId, sessionId } = input;
  const order = await domain.findOrderCheckout({ db, orderId });
  if (!order || order.paidAt || order.checkoutSessionId !== sessionId) return;
  const session = await retrieveCheckoutSession(payments, sessionId);
  if (session.clientReferenceId !== orderId) return;
  await fulfilPaidCheckout({ db, domain, payments, fees, session });
}
