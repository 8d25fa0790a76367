import { AppError } from "@stepperslife/http";
import type { FinishedOutcome, WebhookEventStore } from "./create-webhook-event-store";
import { runWebhookHandler, type WebhookHandlers } from "./run-webhook-handler";

/**
 * The dashboard's "replay" button: runs the handler again on the stored payload (not fetched from Stripe, so it
 * works offline and on what was actually received), counting an attempt and recording the new outcome. Meant for
 * failed events and ones stuck in `processing` after a crash; handlers are idempotent, so replaying is safe.
 */
export async function replayWebhookEvent({ store, handlers, eventId }: { store: WebhookEventStore; handlers: WebhookHandlers; eventId: string }): Promise<FinishedOutcome> {
  const record = await store.reclaim(eventId);
  if (!record) throw new AppError("not_found", "There is no such webhook event.");
  return (await runWebhookHandler({ store, handlers, event: record.payload })).outcome;
}
