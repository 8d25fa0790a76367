import type { RawSqlClient } from "../create-webhook-event-store";
import { listWebhookEventsByMetadata } from "../list-webhook-events-by-metadata";
import type { CheckoutDomain } from "./checkout-domain";

/**
 * The owner's "Payment events" log: the Stripe events about their own restaurants, events or shops (by the scope id
 * on each session's metadata), newest first, as JSON-ready rows. Other businesses' and account-level events never show.
 */
export async function listOwnerWebhookEvents<Db extends RawSqlClient>(input: {
  db: Db;
  domain: Pick<CheckoutDomain<Db>, "scopeKey" | "listOwnedScopeIds">;
  ownerId: string;
  limit?: number;
}) {
  const { db, domain, ownerId, limit = 100 } = input;
  const scopeIds = await domain.listOwnedScopeIds({ db, ownerId });
  const rows = await listWebhookEventsByMetadata(db, { key: domain.scopeKey, values: scopeIds, limit });
  return rows.map(({ metadata, ...row }) => ({
    ...row,
    receivedAt: row.receivedAt.toISOString(),
    processedAt: row.processedAt?.toISOString() ?? null,
    orderId: metadata.orderId ?? null,
  }));
}
