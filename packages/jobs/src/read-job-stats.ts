import pg from "pg";

export type JobStats =
  | { installed: false }
  | {
      installed: true;
      /** Waiting, due later, being retried or running: every job that still has attempts left. */
      queued: number;
      /** Of those, the ones that have failed at least once (a mail server down shows here first). */
      retrying: number;
      /** Out of attempts: kept by graphile-worker until someone looks (see listFailedJobs). */
      failed: number;
      /** When the oldest job with attempts left was created; null when there is none. */
      oldestQueuedAt: Date | null;
    };

interface Row {
  queued: string;
  retrying: string;
  failed: string;
  oldest_queued_at: Date | null;
}

/**
 * The operator's view of one app's queue, from graphile-worker's documented `jobs` view. An app whose database has
 * no job schema yet (never prepared, or older than this package) answers `installed: false` instead of an error.
 */
export async function readJobStats(connectionString: string): Promise<JobStats> {
  // A short connect timeout: `npm run status` must answer even when one app's database does not.
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3_000 });
  // An idle client the server drops must not become an uncaught error in the process asking.
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows: [schema] } = await client.query<{ jobs: string | null }>(`select to_regclass('graphile_worker.jobs')::text as jobs`);
    if (!schema?.jobs) return { installed: false };
    const { rows: [row] } = await client.query<Row>(`
      -- A job on its last attempt has attempts = max_attempts while it runs (graphile counts an attempt when it
      -- takes the job): it has failed only once no worker holds it.
      select count(*) filter (where not (attempts >= max_attempts and locked_at is null)) as queued,
             count(*) filter (where attempts > 0 and not (attempts >= max_attempts and locked_at is null)) as retrying,
             count(*) filter (where attempts >= max_attempts and locked_at is null) as failed,
             min(created_at) filter (where not (attempts >= max_attempts and locked_at is null)) as oldest_queued_at
      from graphile_worker.jobs`);
    return {
      installed: true,
      queued: Number(row?.queued ?? 0),
      retrying: Number(row?.retrying ?? 0),
      failed: Number(row?.failed ?? 0),
      oldestQueuedAt: row?.oldest_queued_at ?? null,
    };
  } finally {
    await client.end();
  }
}
