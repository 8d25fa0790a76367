import type Stripe from "stripe";

/** What the apps need of a checkout session, the same whether retrieved or received in a webhook. */
export interface CheckoutSummary {
  id: string;
  status: "open" | "complete" | "expired";
  paymentStatus: "paid" | "unpaid" | "no_payment_required";
  paymentIntentId: string | null;
  amountTotalCents: number | null;
  currency: string | null;
  clientReferenceId: string | null;
  metadata: Record<string, string>;
  /** The address the buyer gave on Stripe's page, for a session that collected one (null otherwise). */
  shippingAddress: ShippingAddress | null;
}

/** A shipping address as Checkout collected it (`collected_information.shipping_details`), flattened. */
export interface ShippingAddress {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postalCode: string;
  /** Two-letter ISO country code. */
  country: string;
}

const statuses = ["open", "complete", "expired"] as const;
const paymentStatuses = ["paid", "unpaid", "no_payment_required"] as const;

// The SDK types these fields as open-ended strings (Stripe may add values); the apps branch on a closed set.
function oneOf<T extends string>(value: string | null, known: readonly T[], fallback: T): T {
  return known.find((candidate) => candidate === value) ?? fallback;
}

export function toCheckoutSummary(session: Stripe.Checkout.Session): CheckoutSummary {
  const paymentIntent = session.payment_intent;
  return {
    id: session.id,
    status: oneOf(session.status, statuses, "open"),
    // Anything Stripe may add later counts as not paid: an order is only ever marked paid on an explicit "paid".
    paymentStatus: oneOf(session.payment_status, paymentStatuses, "unpaid"),
    paymentIntentId: typeof paymentIntent === "string" ? paymentIntent : (paymentIntent?.id ?? null),
    amountTotalCents: session.amount_total,
    currency: session.currency,
    clientReferenceId: session.client_reference_id,
    metadata: { ...(session.metadata ?? {}) },
    shippingAddress: toShippingAddress(session.collected_information?.shipping_details ?? null),
  };
}

function toShippingAddress(details: Stripe.Checkout.Session.CollectedInformation.ShippingDetails | null): ShippingAddress | null {
  if (!details?.address.line1 || !details.address.city || !details.address.postal_code || !details.address.country) return null;
  const { address } = details;
  return {
    name: details.name,
    line1: address.line1!,
    line2: address.line2 || null,
    city: address.city!,
    state: address.state || null,
    postalCode: address.postal_code!,
    country: address.country!,
  };
}
