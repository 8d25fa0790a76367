import { AppError } from "@stepperslife/http";
import { createCheckoutSession, type CreateCheckoutSessionInput } from "../create-checkout-session";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { createConnectedAccountStore } from "../connect/create-connected-account-store";
import { platformFeeCents, type PlatformFeePolicy } from "../connect/platform-fee";
import type { CheckoutDomain, CheckoutOrder } from "./checkout-domain";
import { orderTransferGroup } from "./order-transfer-group";

/** How long a customer has on Stripe's page; the order's hold (stock, seats) lasts as long. */
export const CHECKOUT_MINUTES = 30;

// Stripe's limit on one metadata value: the scope ids of an order with shares are joined into one.
const METADATA_VALUE_MAX = 500;

/**
 * Opens Stripe Checkout for an order awaiting payment, with the line items the domain reads from the order: as a
 * destination charge to the business's connected account less the platform fee, or, for an order with shares (one
 * cart across businesses), as one charge kept under the order's transfer group until each business's share is
 * transferred after payment. The session carries the order id and the scope ids (so each owner's log lists it);
 * returning to the order page with the session id lets the success page confirm before the webhook. No session is
 * opened for a business that cannot take card payments; if Stripe cannot be reached the order is cancelled and a
 * 502 explains it.
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
  const businessIds = order.shares ? [...new Set(order.shares.map((share) => share.businessId))] : [order.businessId];
  // Each business is paid directly: no charge is made for one whose payout account cannot take it (Stripe refuses too).
  const accounts = createConnectedAccountStore(db);
  const found = await Promise.all(businessIds.map((businessId) => accounts.findByBusiness(businessId)));
  if (found.some((account) => !account?.chargesEnabled)) {
    await domain.cancelUnstartedOrder({ db, orderId });
    throw new AppError("conflict", domain.noCardPaymentsMessage);
  }
  const amountCents = order.lineItems.reduce((sum, item) => sum + item.unitAmountCents * item.quantity, 0);
  const scopeIds = scopeMetadata(order);
  const payTo: Pick<CreateCheckoutSessionInput, "destination" | "transferGroup"> = order.shares
    ? { transferGroup: orderTransferGroup(orderId) }
    : { destination: { accountId: found[0]!.id, applicationFeeCents: platformFeeCents(amountCents, fees) } };
  try {
    const session = await createCheckoutSession(payments, {
      lineItems: order.lineItems,
      currency: order.currency,
      successUrl: `${appUrl}/orders/${orderId}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${appUrl}/orders/${orderId}?checkout=cancelled`,
      customerEmail: order.customerEmail,
      clientReferenceId: orderId,
      metadata: { orderId, [domain.scopeKey]: scopeIds, ...(payTo.transferGroup ? { transferGroup: payTo.transferGroup } : {}) },
      idempotencyKey: `checkout-order-${orderId}`,
      expiresInMinutes: CHECKOUT_MINUTES,
      shippingCountries: order.shippingCountries,
      ...payTo,
    });
    await domain.saveCheckoutSession({ db, orderId, checkoutSessionId: session.id, checkoutUrl: session.url });
    return { url: session.url };
  } catch (error) {
    await domain.cancelUnstartedOrder({ db, orderId });
    if (error instanceof AppError) throw error;
    throw new AppError("bad_gateway", "We could not reach the payment service; your order was not placed. Try again.", { cause: error });
  }
}

function scopeMetadata(order: CheckoutOrder): string {
  const value = order.shares ? [...new Set(order.shares.map((share) => share.scopeId))].join(",") : order.scopeId;
  // A vertical that lets one order span this many businesses must cap it first (the store caps the shops per cart).
  if (value.length > METADATA_VALUE_MAX) throw new RangeError(`an order's scope ids (${value.length} characters) do not fit Stripe's metadata`);
  return value;
}
