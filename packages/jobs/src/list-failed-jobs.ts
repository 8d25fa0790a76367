import pg from "pg";

export interface FailedJob {
  id: string;
  task: string;
  key: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date;
}

interface Row {
  id: string;
  task_identifier: string;
  key: string | null;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Jobs out of attempts (and not running their last one), newest failure first, with the error of their last attempt: what `fleet jobs` prints. The
 * payload is left out on purpose: an email's holds a customer's address and the message itself. An empty list when
 * the database has no job schema yet.
 */
export async function listFailedJobs(connectionString: string, { limit = 20 }: { limit?: number } = {}): Promise<FailedJob[]> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3_000 });
  // An idle client the server drops must not become an uncaught error in the process asking.
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows: [schema] } = await client.query<{ jobs: string | null }>(`select to_regclass('graphile_worker.jobs')::text as jobs`);
    if (!schema?.jobs) return [];
    const { rows } = await client.query<Row>(
      `select id::text, task_identifier, key, attempts, last_error, created_at, updated_at
       from graphile_worker.jobs where attempts >= max_attempts and locked_at is null order by updated_at desc, id desc limit $1`,
      [limit],
    );
    return rows.map((row) => ({
      id: row.id,
      task: row.task_identifier,
      key: row.key,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
      failedAt: row.updated_at,
    }));
  } finally {
    await client.end();
  }
}
