import type { ShippingAddress } from "./to-checkout-summary";

/** A paid checkout session as an app's markOrderPaid receives it, from the webhook or the success page. */
export interface PaidCheckout {
  checkoutSessionId: string;
  /** The order id we handed Stripe as client_reference_id. */
  orderId: string | null;
  paymentIntentId: string | null;
  amountTotalCents: number | null;
  currency: string | null;
  /** Where to ship, when the order's checkout collected an address (CheckoutOrder.shippingCountries); else null. */
  shippingAddress: ShippingAddress | null;
}

/**
 * Throws when Stripe charged another amount or currency than the order's own (a tampered or stale session): the
 * webhook then records the event as failed for an operator instead of marking anything paid.
 */
export function assertCheckoutMatchesOrder(checkout: PaidCheckout, order: { id: string; totalCents: number; currency: string }): void {
  if (checkout.amountTotalCents !== null && checkout.amountTotalCents !== order.totalCents) {
    throw new Error(`checkout ${checkout.checkoutSessionId} paid ${checkout.amountTotalCents}, order ${order.id} costs ${order.totalCents}`);
  }
  if (checkout.currency && checkout.currency.toLowerCase() !== order.currency) {
    throw new Error(`checkout ${checkout.checkoutSessionId} paid in ${checkout.currency}, order ${order.id} is in ${order.currency}`);
  }
}
