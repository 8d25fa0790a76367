import { AppError } from "@stepperslife/http";
import type { FinishedOutcome, WebhookEventStore } from "../create-webhook-event-store";
import { replayWebhookEvent } from "../replay-webhook-event";
import type { WebhookHandlers } from "../run-webhook-handler";
import type { CheckoutDomain } from "./checkout-domain";
import { scopeIdsOf } from "./scope-ids-of";

interface StoredPayload {
  data?: { object?: { metadata?: Record<string, unknown> } };
}

/** The owner's "Replay" button: only for an event about one of their own businesses; any other id answers 404. */
export async function replayOwnerWebhookEvent<Db>(input: {
  db: Db;
  domain: Pick<CheckoutDomain<Db>, "scopeKey" | "listOwnedScopeIds" | "notOwnedMessage">;
  store: WebhookEventStore;
  handlers: WebhookHandlers;
  ownerId: string;
  eventId: string;
}): Promise<FinishedOutcome> {
  const { db, domain, store, handlers, ownerId, eventId } = input;
  const stored = await store.get(eventId);
  const scopeIds = scopeIdsOf((stored?.payload as StoredPayload | undefined)?.data?.object?.metadata?.[domain.scopeKey]);
  const ownedIds = scopeIds.length > 0 ? new Set(await domain.listOwnedScopeIds({ db, ownerId })) : new Set<string>();
  const owned = scopeIds.some((scopeId) => ownedIds.has(scopeId));
  if (!stored || !owned) throw new AppError("not_found", domain.notOwnedMessage);
  return replayWebhookEvent({ store, handlers, eventId });
}
