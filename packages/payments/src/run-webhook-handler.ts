import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import type { FinishedOutcome, WebhookEventStore } from "./create-webhook-event-store";

/**
 * Handlers per event type, e.g. `{ "checkout.session.completed": markOrderPaid }`. Each answers "processed" or
 * "ignored" (not meant for it, e.g. another app's metadata) and throws to fail. They must be idempotent: a failed
 * event runs again on Stripe's retry, and the dashboard can replay any event.
 */
export type WebhookHandlers = Partial<Record<string, (event: Stripe.Event) => Promise<"processed" | "ignored">>>;

/** Runs the handler of a claimed event and records how it went; a failure is logged under a reference, not thrown. */
export async function runWebhookHandler({ store, handlers, event }: { store: WebhookEventStore; handlers: WebhookHandlers; event: Stripe.Event }): Promise<{ outcome: FinishedOutcome; reference?: string }> {
  const handler = handlers[event.type];
  if (!handler) {
    await store.finish(event.id, "ignored");
    return { outcome: "ignored" };
  }
  let outcome: FinishedOutcome;
  try {
    outcome = await handler(event);
  } catch (error) {
    const reference = randomUUID();
    console.error(`[${reference}] Stripe webhook ${event.type} ${event.id} failed:`, error);
    // The message goes to the event log (operators only), never into the answer to the caller.
    await store.finish(event.id, "failed", `${error instanceof Error ? error.message : String(error)} (reference ${reference})`);
    return { outcome: "failed", reference };
  }
  await store.finish(event.id, outcome);
  return { outcome };
}
