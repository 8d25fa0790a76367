import Stripe from "stripe";
import { newStubId } from "./new-stub-id";
import type { StripeObject } from "./stub-types";

/**
 * A v1 snapshot event around `object`, as Stripe would send it to a webhook endpoint. A Connect event (about one of
 * the platform's connected accounts) names that account at the top level, as Stripe's Connect webhooks do; an
 * update carries the changed fields' old values in `data.previous_attributes`.
 */
export function buildStubEvent(type: string, object: StripeObject, connect: { account?: string; previousAttributes?: Record<string, unknown> } = {}) {
  return {
    id: newStubId("evt"),
    object: "event",
    ...(connect.account ? { account: connect.account } : {}),
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    data: { object, ...(connect.previousAttributes ? { previous_attributes: connect.previousAttributes } : {}) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}
