import Stripe from "stripe";
import { newStubId } from "./new-stub-id";
import type { StripeObject } from "./stub-types";

/** A v1 snapshot event around `object`, as Stripe would send it to a webhook endpoint. */
export function buildStubEvent(type: string, object: StripeObject) {
  return {
    id: newStubId("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}
