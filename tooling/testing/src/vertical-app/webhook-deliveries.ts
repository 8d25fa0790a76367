import { randomBytes } from "node:crypto";
import Stripe from "stripe";

// Signing needs no account: the SDK only HMACs the payload with the endpoint secret.
const signer = new Stripe("sk_test_signer_only");

export interface PaidCheckoutSession {
  orderId: string;
  checkoutSessionId: string;
  totalCents: number;
  /** What the app put on the session besides the order id, e.g. `{ restaurantId }` (the owner's log filters on it). */
  metadata: Record<string, string>;
}

/** A fresh Stripe event (new id) about a paid checkout session, as Stripe would send it to the webhook endpoint. */
export function paidCheckoutSessionEvent(type: string, { orderId, checkoutSessionId, totalCents, metadata }: PaidCheckoutSession) {
  return {
    id: `evt_${randomBytes(12).toString("hex")}`,
    type,
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: checkoutSessionId,
        object: "checkout.session",
        status: "complete",
        payment_status: "paid",
        payment_intent: `pi_${orderId.slice(0, 8)}`,
        amount_total: totalCents,
        currency: "usd",
        client_reference_id: orderId,
        metadata: { orderId, ...metadata },
      },
    },
  };
}

/** A POST /api/stripe/webhook request signed with `secret`; `timestamp` (seconds) backdates it to test staleness. */
export function signedWebhookRequest(payload: string, { secret, timestamp }: { secret: string; timestamp?: number }): Request {
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });
  return new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "stripe-signature": signature, "content-type": "application/json" }, body: payload });
}

/** Fisher–Yates in place: delivery-order tests must not depend on the order they were written in. */
export function shuffle<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}
