import type Stripe from "stripe";

/**
 * The one method the store needs of a database client. Any generated PrismaClient has it, so each app passes
 * its own client (and its own `stripe_webhook_events` table, from the model in this package's README).
 */
export type RawSqlClient = {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
};

/**
 * processing: a handler is running (or crashed mid-way; replay it). duplicate is only ever an answer, never stored as
 * an outcome: a duplicate delivery only counts in `deliveries`.
 */
export type WebhookOutcome = "processing" | "processed" | "duplicate" | "ignored" | "failed";
export type FinishedOutcome = "processed" | "ignored" | "failed";

export interface WebhookEventRecord {
  id: string;
  type: string;
  payload: Stripe.Event;
  outcome: WebhookOutcome;
  error: string | null;
  attempts: number;
  /** Every delivery Stripe made of this event, duplicates included (replays are not deliveries). */
  deliveries: number;
  receivedAt: Date;
  processedAt: Date | null;
}

export interface WebhookEventStore {
  /**
   * Records a delivery and says whether this caller should run the handler: "new" for an unseen event and for one
   * whose last run failed (attempts + 1, so Stripe's retries work); "duplicate" for anything else, left untouched
   * but for `deliveries` + 1 (every claim counts one delivery). The decision is one INSERT … ON CONFLICT, so of any
   * number of simultaneous deliveries exactly one gets "new".
   */
  claim(event: Stripe.Event): Promise<"new" | "duplicate">;
  finish(id: string, outcome: FinishedOutcome, error?: string): Promise<void>;
  /** Newest first; `before` pages back from a receivedAt. */
  list(options: { limit: number; before?: Date }): Promise<WebhookEventRecord[]>;
  get(id: string): Promise<WebhookEventRecord | null>;
  /** Marks a stored event processing again (attempts + 1) for a replay; null when there is no such event. */
  reclaim(id: string): Promise<WebhookEventRecord | null>;
}

interface Row {
  id: string;
  type: string;
  payload: unknown;
  outcome: string;
  error: string | null;
  attempts: number | bigint;
  deliveries: number | bigint;
  received_at: Date | string;
  processed_at: Date | string | null;
}

const maxErrorLength = 2000;

/**
 * The webhook event log of one app. Timestamps are written as UTC wall-clock time, which is how Prisma reads
 * its `timestamp(3)` DateTime columns, so rows written here and read through Prisma agree.
 */
export function createWebhookEventStore(db: RawSqlClient): WebhookEventStore {
  return {
    async claim(event) {
      const rows = await db.$queryRaw<{ id: string }[]>`
        INSERT INTO stripe_webhook_events (id, type, payload, outcome, attempts, received_at)
        VALUES (${event.id}, ${event.type}, ${JSON.stringify(event)}::jsonb, 'processing', 1, now() AT TIME ZONE 'UTC')
        ON CONFLICT (id) DO UPDATE
          SET outcome = 'processing', attempts = stripe_webhook_events.attempts + 1, deliveries = stripe_webhook_events.deliveries + 1,
            error = NULL, processed_at = NULL
          WHERE stripe_webhook_events.outcome = 'failed'
        RETURNING id`;
      if (rows.length === 1) return "new";
      // Counted apart from the claim so the claim's single-winner statement stays as it is; the row exists (it conflicted).
      await db.$queryRaw`UPDATE stripe_webhook_events SET deliveries = deliveries + 1 WHERE id = ${event.id} RETURNING id`;
      return "duplicate";
    },

    async finish(id, outcome, error) {
      const message = error === undefined ? null : error.slice(0, maxErrorLength);
      await db.$queryRaw`
        UPDATE stripe_webhook_events
        SET outcome = ${outcome}, error = ${message}, processed_at = now() AT TIME ZONE 'UTC'
        WHERE id = ${id}
        RETURNING id`;
    },

    async list({ limit, before }) {
      const count = Math.min(Math.max(Math.trunc(limit), 1), 500);
      const rows = before
        ? await db.$queryRaw<Row[]>`
            SELECT id, type, payload, outcome, error, attempts, deliveries, received_at, processed_at FROM stripe_webhook_events
            WHERE received_at < (${before.toISOString()}::timestamptz AT TIME ZONE 'UTC')
            ORDER BY received_at DESC, id DESC LIMIT ${count}`
        : await db.$queryRaw<Row[]>`
            SELECT id, type, payload, outcome, error, attempts, deliveries, received_at, processed_at FROM stripe_webhook_events
            ORDER BY received_at DESC, id DESC LIMIT ${count}`;
      return rows.map(toRecord);
    },

    async get(id) {
      const rows = await db.$queryRaw<Row[]>`
        SELECT id, type, payload, outcome, error, attempts, deliveries, received_at, processed_at FROM stripe_webhook_events WHERE id = ${id}`;
      return rows[0] ? toRecord(rows[0]) : null;
    },

    async reclaim(id) {
      const rows = await db.$queryRaw<Row[]>`
        UPDATE stripe_webhook_events
        SET outcome = 'processing', attempts = attempts + 1, error = NULL, processed_at = NULL
        WHERE id = ${id}
        RETURNING id, type, payload, outcome, error, attempts, deliveries, received_at, processed_at`;
      return rows[0] ? toRecord(rows[0]) : null;
    },
  };
}

function toRecord(row: Row): WebhookEventRecord {
  return {
    id: row.id,
    type: row.type,
    payload: (typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload) as Stripe.Event,
    outcome: row.outcome as WebhookOutcome,
    error: row.error,
    attempts: Number(row.attempts),
    deliveries: Number(row.deliveries),
    receivedAt: toDate(row.received_at),
    processedAt: row.processed_at === null ? null : toDate(row.processed_at),
  };
}

// Drivers differ: Prisma gives Dates, a bare pg client may give text for timestamp without time zone.
function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}
