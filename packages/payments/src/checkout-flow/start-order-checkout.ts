import { AppError } from "@stepperslife/http";
import { createCheckoutSession } from "../create-checkout-session";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { createConnectedAccountStore } from "../connect/create-connected-account-store";
import { platformFeeCents, type PlatformFeePolicy } from "../connect/platform-fee";
import type { CheckoutDomain } from "./checkout-domain";

/** How long a customer has on Stripe's page; the order's hold (stock, seats) lasts as long. */
export const CHECKOUT_MINUTES = 30;

/**
 * Opens Stripe Checkout for an order awaiting payment, with the line items the domain reads from the order, as a
 * destination charge to the business's connected account less the platform fee. The
 * session carries the order id and the scope id (so the owner's log can list it); returning to the order page with
 * the session id lets the success page confirm before the webhook. If Stripe cannot be reached the order is
 * cancelled and a 502 explains it.
 */
export async function startOrderCheckout<Db extends RawSqlClient>(input: {
  db: Db;
  domain: Pick<CheckoutDomain<Db>, "scopeKey" | "noCardPaymentsMessage" | "loadCheckoutOrder" | "saveCheckoutSession" | "cancelUnstartedOrder">;
  payments: Payments;
  fees: PlatformFeePolicy;
  orderId: string;
  appUrl: string;
}): Promise<{ url: string }> {
  const { db, domain, payments, fees, orderId, appUrl } = input;
  const order = await domain.loadCheckoutOrder({ db, orderId });
  // The business is paid directly: no charge is made for one whose payout account cannot take it (Stripe refuses too).
  const account = await createConnectedAccountStore(db).findByBusiness(order.businessId);
  if (!account?.chargesEnabled) {
    await domain.cancelUnstartedOrder({ db, orderId });
    throw new AppError("conflict", domain.noCardPaymentsMessage);
  }
  const amountCents = order.lineItems.reduce((sum, item) => sum + item.unitAmountCents * item.quantity, 0);
  try {
    const session = await createCheckoutSession(payments, {
      lineItems: order.lineItems,
      currency: order.currency,
      successUrl: `${appUrl}/orders/${orderId}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${appUrl}/orders/${orderId}?checkout=cancelled`,
      customerEmail: order.customerEmail,
      clientReferenceId: orderId,
      metadata: { orderId, [domain.scopeKey]: order.scopeId },
      idempotencyKey: `checkout-order-${orderId}`,
      expiresInMinutes: CHECKOUT_MINUTES,
      destination: { accountId: account.id, applicationFeeCents: platformFeeCents(amountCents, fees) },
    });
    await domain.saveCheckoutSession({ db, orderId, checkoutSessionId: session.id, checkoutUrl: session.url });
    return { url: session.url };
  } catch (error) {
    await domain.cancelUnstartedOrder({ db, orderId });
    if (error instanceof AppError) throw error;
    throw new AppError("bad_gateway", "We could not reach the payment service; your order was not placed. Try again.", { cause: error });
  }
}
