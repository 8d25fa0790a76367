import { AppError } from "@stepperslife/http";
import { createCheckoutSession } from "../create-checkout-session";
import type { Payments } from "../create-payments";
import type { CheckoutDomain } from "./checkout-domain";

/** How long a customer has on Stripe's page; the order's hold (stock, seats) lasts as long. */
export const CHECKOUT_MINUTES = 30;

/**
 * Opens Stripe Checkout for an order awaiting payment, with the line items the domain reads from the order. The
 * session carries the order id and the scope id (so the owner's log can list it); returning to the order page with
 * the session id lets the success page confirm before the webhook. If Stripe cannot be reached the order is
 * cancelled and a 502 explains it.
 */
export async function startOrderCheckout<Db>(input: {
  db: Db;
  domain: Pick<CheckoutDomain<Db>, "scopeKey" | "loadCheckoutOrder" | "saveCheckoutSession" | "cancelUnstartedOrder">;
  payments: Payments;
  orderId: string;
  appUrl: string;
}): Promise<{ url: string }> {
  const { db, domain, payments, orderId, appUrl } = input;
  const order = await domain.loadCheckoutOrder({ db, orderId });
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
    });
    await domain.saveCheckoutSession({ db, orderId, checkoutSessionId: session.id, checkoutUrl: session.url });
    return { url: session.url };
  } catch (error) {
    await domain.cancelUnstartedOrder({ db, orderId });
    if (error instanceof AppError) throw error;
    throw new AppError("bad_gateway", "We could not reach the payment service; your order was not placed. Try again.", { cause: error });
  }
}
