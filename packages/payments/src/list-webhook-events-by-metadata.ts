import type { RawSqlClient, WebhookOutcome } from "./create-webhook-event-store";

export interface WebhookEventSummary {
  id: string;
  type: string;
  outcome: WebhookOutcome;
  /** Why the handler failed; for operators and the business's own log page, never for customers. */
  error: string | null;
  attempts: number;
  /** Every delivery Stripe made, duplicates included. */
  deliveries: number;
  receivedAt: Date;
  processedAt: Date | null;
  /** The event object's `metadata` (what the app put on the checkout session, e.g. `{ orderId, eventId }`). */
  metadata: Record<string, string>;
}

interface Row {
  id: string;
  type: string;
  outcome: string;
  error: string | null;
  attempts: number | bigint;
  deliveries: number | bigint;
  received_at: Date | string;
  processed_at: Date | string | null;
  metadata: unknown;
}

// Drivers differ: Prisma gives Dates, a bare pg client may give text for timestamp without time zone.
const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`));

/**
 * A business owner's slice of the webhook event log: the events whose object's `metadata[key]` is one of `values`
 * (e.g. key "restaurantId" and the owner's restaurant ids), newest first. This is what a vertical's "Payment events"
 * page lists, so an owner never sees events about anyone else's business. A value may name several, joined with
 * commas (one payment for several shops): the event is listed for each. An empty `values` answers [] at once.
 */
export async function listWebhookEventsByMetadata(db: RawSqlClient, { key, values, limit = 100 }: { key: string; values: string[]; limit?: number }): Promise<WebhookEventSummary[]> {
  if (values.length === 0) return [];
  if (!/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(key)) throw new TypeError(`listWebhookEventsByMetadata: "${key}" is not a metadata key`);
  const count = Math.min(Math.max(Math.trunc(limit), 1), 500);
  const rows = await db.$queryRaw<Row[]>`
    SELECT id, type, outcome, error, attempts, deliveries, received_at, processed_at, payload #> '{data,object,metadata}' AS metadata
    FROM stripe_webhook_events
    WHERE string_to_array(payload #>> ARRAY['data', 'object', 'metadata', ${key}::text], ',') && ${values}::text[]
    ORDER BY received_at DESC, id DESC LIMIT ${count}`;
  return rows.map((row) => {
    const metadata = typeof row.metadata === "string" ? JSON.parse(row.metadata) : row.metadata;
    return {
      id: row.id,
      type: row.type,
      outcome: row.outcome as WebhookOutcome,
      error: row.error,
      attempts: Number(row.attempts),
      deliveries: Number(row.deliveries),
      receivedAt: toDate(row.received_at),
      processedAt: row.processed_at === null ? null : toDate(row.processed_at),
      metadata: metadata && typeof metadata === "object" ? (metadata as Record<string, string>) : {},
    };
  });
}
