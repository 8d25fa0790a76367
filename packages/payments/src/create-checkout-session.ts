import type Stripe from "stripe";
import type { Payments } from "./create-payments";
import { toPaymentsError } from "./to-payments-error";

export interface CheckoutLineItem {
  name: string;
  unitAmountCents: number;
  quantity: number;
}

export interface CreateCheckoutSessionInput {
  lineItems: CheckoutLineItem[];
  /** ISO code, e.g. "usd". */
  currency: string;
  /** Where Stripe sends the buyer after paying; `{CHECKOUT_SESSION_ID}` in it is replaced by the session id. */
  successUrl: string;
  cancelUrl: string;
  customerEmail?: string;
  /** The app's own id for what is being paid (an order id), echoed back in webhooks. */
  clientReferenceId: string;
  metadata: Record<string, string>;
  /** One key per checkout attempt: the same key with the same input returns the same session. */
  idempotencyKey: string;
  /** Default 30, Stripe's minimum; at most 1435 (Stripe's 24 hours, less the rounding below). */
  expiresInMinutes?: number;
  /**
   * A destination charge (Connect): the payment goes to the business's connected account, less the platform's
   * application fee. Without it the payment stays in this app's own Stripe account.
   */
  destination?: { accountId: string; applicationFeeCents: number };
  /**
   * Separate charges and transfers (one payment for several businesses, e.g. one cart across shops): the charge
   * stays in this app's account under this group, and `transferToBusinesses` pays each business its share after
   * payment. Not with `destination`.
   */
  transferGroup?: string;
  /** Asks the buyer for a shipping address on Stripe's page, in one of these countries (two-letter codes). */
  shippingCountries?: string[];
}

// expires_at is rounded to this step so that a retry with the same idempotency key a little later sends the very
// same parameters (Stripe refuses a reused key with different ones). The session lives at least expiresInMinutes.
const expiryStepSeconds = 5 * 60;

/** Starts a Stripe-hosted checkout; send the buyer to `url`. Amounts are in cents (the currency's minor unit). */
export async function createCheckoutSession(payments: Payments, input: CreateCheckoutSessionInput): Promise<{ id: string; url: string; expiresAt: Date }> {
  const minutes = input.expiresInMinutes ?? 30;
  if (!Number.isInteger(minutes) || minutes < 30 || minutes > 24 * 60 - expiryStepSeconds / 60) {
    throw new RangeError(`expiresInMinutes must be a whole number from 30 to ${24 * 60 - expiryStepSeconds / 60} (got ${minutes})`);
  }
  if (input.destination && input.transferGroup) throw new TypeError("a checkout session is a destination charge or a transfer group, not both");
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = Math.floor(now / expiryStepSeconds) * expiryStepSeconds + expiryStepSeconds + minutes * 60;
  try {
    const session = await payments.stripe.checkout.sessions.create(
      {
        mode: "payment",
        line_items: input.lineItems.map((item) => ({
          quantity: item.quantity,
          price_data: { currency: input.currency.toLowerCase(), unit_amount: item.unitAmountCents, product_data: { name: item.name } },
        })),
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
        ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
        client_reference_id: input.clientReferenceId,
        metadata: input.metadata,
        expires_at: expiresAt,
        ...(input.shippingCountries?.length
          ? { shipping_address_collection: { allowed_countries: input.shippingCountries as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry[] } }
          : {}),
        ...(input.destination
          ? {
              payment_intent_data: {
                application_fee_amount: input.destination.applicationFeeCents,
                transfer_data: { destination: input.destination.accountId },
                // On the charge too, so the business's own payment and the refunds name the order.
                metadata: input.metadata,
              },
            }
          : {}),
        ...(input.transferGroup ? { payment_intent_data: { transfer_group: input.transferGroup, metadata: input.metadata } } : {}),
      },
      { idempotencyKey: input.idempotencyKey },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a hosted page URL`);
    return { id: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000) };
  } catch (error) {
    throw toPaymentsError(error);
  }
}
