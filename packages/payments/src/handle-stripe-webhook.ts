import { errorResponse } from "@stepperslife/http";
import type { Payments } from "./create-payments";
import type { WebhookEventStore } from "./create-webhook-event-store";
import { runWebhookHandler, type WebhookHandlers } from "./run-webhook-handler";
import { verifyWebhookEvent } from "./verify-webhook-event";

const noStore = { "cache-control": "no-store" };

/**
 * The whole `POST /api/stripe/webhook` route: verify the signature on the raw body (400, nothing written, when it
 * fails), record the event, run its handler once however often Stripe delivers it, and answer so that Stripe
 * stops (200: processed, ignored, duplicate) or retries later (500: failed). Error details never leave the server.
 */
export async function handleStripeWebhook({
  payments,
  store,
  handlers,
  request,
}: {
  payments: Payments;
  store: WebhookEventStore;
  handlers: WebhookHandlers;
  request: Request;
}): Promise<Response> {
  try {
    const event = verifyWebhookEvent(payments, await request.text(), request.headers.get("stripe-signature"));
    if ((await store.claim(event)) === "duplicate") {
      return Response.json({ received: true, outcome: "duplicate" }, { headers: noStore });
    }
    const { outcome, reference } = await runWebhookHandler({ store, handlers, event });
    if (outcome === "failed") {
      return Response.json(
        { error: { code: "internal_error", message: `Handling this event failed; it will be retried. Reference: ${reference}` } },
        { status: 500, headers: noStore },
      );
    }
    return Response.json({ received: true, outcome }, { headers: noStore });
  } catch (error) {
    // Bad signature → 400 as it is; anything else (the database is down) → a logged 500, so Stripe retries.
    return errorResponse(error, "Stripe webhook");
  }
}
