import pg from "pg";

export interface EmailJob {
  /** graphile-worker's job key, e.g. `send-email:order-paid:<orderId>`. */
  key: string | null;
  attempts: number;
  lastError: string | null;
  /** Not being sent right now: waiting for its first attempt or for a retry. */
  waiting: boolean;
}

/**
 * The app's queued emails (send-email jobs not yet delivered; a delivered one is deleted), optionally those of one
 * effect (`order-paid:<id>`), read from graphile-worker's own view in the app's database.
 */
export async function readEmailJobs(databaseUrl: string, key?: string): Promise<EmailJob[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string | null; attempts: number; last_error: string | null; waiting: boolean }>(
      `select key, attempts, last_error, locked_at is null as waiting from graphile_worker.jobs
       where task_identifier = 'send-email' and ($1::text is null or key = 'send-email:' || $1) order by id`,
      [key ?? null],
    );
    return rows.map((row) => ({ key: row.key, attempts: row.attempts, lastError: row.last_error, waiting: row.waiting }));
  } finally {
    await client.end();
  }
}
