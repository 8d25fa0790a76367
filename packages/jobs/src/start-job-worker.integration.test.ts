import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defineJobHandler } from "./define-job-handler";
import { enqueueJob } from "./enqueue-job";
import { listFailedJobs } from "./list-failed-jobs";
import { readJobStats } from "./read-job-stats";
import { startJobWorker } from "./start-job-worker";
import { createPgTransactionClient, type PgTransactionClient } from "./testing/create-pg-transaction-client";
import { spawnTestWorker, type TestWorkerProcess } from "./testing/spawn-test-worker";
import { testRunJob, testRunsTableSql } from "./testing/test-jobs";
import { waitFor } from "./testing/wait-for";

let database: TestDatabase;
let db: PgTransactionClient;
let workers: TestWorkerProcess[] = [];
const quiet = () => {};

beforeEach(async () => {
  database = await createTestDatabase("jobs_worker");
  db = createPgTransactionClient(database.url);
  await db.$executeRawUnsafe(testRunsTableSql);
});

afterEach(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  workers = [];
  await db.end();
  await database.drop();
});

const runs = (task: string) =>
  db.$queryRawUnsafe<{ ref: string; worker: string }>("select ref, worker from test_runs where task = $1 order by id", task);
const pending = async (task: string) =>
  Number((await db.$queryRawUnsafe<{ n: string }>("select count(*) as n from graphile_worker.jobs where task_identifier = $1", task))[0]?.n);

describe("startJobWorker", () => {
  it("installs the job schema itself, so a worker can be the first to touch a fresh database", async () => {
    expect(await readJobStats(database.url)).toEqual({ installed: false });
    const worker = await startJobWorker({ connectionString: database.url, tasks: [], logger: quiet });
    await worker.stop();
    expect(await readJobStats(database.url)).toMatchObject({ installed: true, queued: 0 });
  });

  it("runs each of 40 jobs exactly once with two worker processes on one database (a pm2 cluster)", async () => {
    workers = await Promise.all(
      ["worker-a", "worker-b"].map((name) => spawnTestWorker({ connectionString: database.url, name, delayMs: 25 })),
    );
    await db.$transaction(async (tx) => {
      for (let index = 0; index < 40; index++) await enqueueJob(tx, testRunJob, { index });
    });
    await waitFor(() => pending(testRunJob.name), (count) => count === 0, "the queue to drain");
    const done = await runs(testRunJob.name);
    expect(done.map((run) => Number(run.ref)).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index));
    // Both processes took part: the test is about sharing one queue, not one worker doing everything.
    expect(new Set(done.map((run) => run.worker))).toEqual(new Set(["worker-a", "worker-b"]));
  });

  it("backfills cron ticks missed while no worker ran, once across two workers, from the schedule kept in the database", async () => {
    const crontab = "* * * * * cron-tick ?fill=1h";
    // A first start registers the schedule in graphile-worker's known_crontabs; then every worker stops.
    await (await spawnTestWorker({ connectionString: database.url, name: "before-downtime", crontab })).stop();
    // Ten minutes of downtime since the last tick, written where graphile-worker keeps it (its own tests do the same).
    await db.$executeRawUnsafe(
      "update graphile_worker._private_known_crontabs set last_execution = date_trunc('minute', now()) - interval '9 minutes 30 seconds'",
    );
    // Two processes start with the same crontab; each resolves "ready" only after its backfill is queued.
    workers = await Promise.all(["worker-a", "worker-b"].map((name) => spawnTestWorker({ connectionString: database.url, name, crontab })));
    await waitFor(() => pending("cron-tick"), (count) => count === 0, "the backfilled ticks to run");
    const ticks = (await runs("cron-tick")).map((run) => run.ref);
    const backfilled = ticks.filter((tick) => tick.endsWith(" backfilled"));
    expect(backfilled.length).toBeGreaterThanOrEqual(9);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it("refuses a job whose payload does not match its definition without running the handler, and keeps it visible", async () => {
    let ran = 0;
    const worker = await startJobWorker({
      connectionString: database.url,
      tasks: [defineJobHandler(testRunJob, async () => void ran++)],
      pollIntervalMs: 200,
      logger: quiet,
    });
    try {
      // Added in plain SQL, as another tool or an older version of the app might: enqueueJob would have refused it.
      await db.$executeRawUnsafe(`select graphile_worker.add_job('record-run', '{"index": "seven"}'::json, max_attempts => 1)`);
      const [failed] = await waitFor(() => listFailedJobs(database.url), (jobs) => jobs.length === 1, "the job to fail");
      expect(failed?.lastError).toMatch(/Job "record-run" #\d+ has an invalid payload/);
      expect(failed?.lastError).toMatch(/index/);
      expect(ran).toBe(0);
    } finally {
      await worker.stop();
    }
  });

  it("stops within its deadline while a job hangs, handing the job back to the queue for another attempt", async () => {
    let started = false;
    const worker = await startJobWorker({
      connectionString: database.url,
      // A job that never finishes on its own, like an email to a mail server that accepted the connection and went quiet.
      tasks: [defineJobHandler(testRunJob, () => ((started = true), new Promise<void>(() => {})))],
      pollIntervalMs: 200,
      logger: quiet,
    });
    await db.$transaction((tx) => enqueueJob(tx, testRunJob, { index: 1 }));
    await waitFor(async () => started, Boolean, "the job to start");
    const stopAt = Date.now();
    await worker.stop({ forceAfterMs: 200 });
    expect(Date.now() - stopAt).toBeLessThan(1_500);
    // Not locked for graphile's 4 hours: an attempt counted, its error saying why, free for the next worker to take.
    const [job] = await db.$queryRawUnsafe<{ attempts: number; last_error: string; locked: boolean }>(
      "select attempts, last_error, locked_at is not null as locked from graphile_worker.jobs where task_identifier = $1",
      testRunJob.name,
    );
    expect(job).toMatchObject({ attempts: 1, locked: false, last_error: expect.stringContaining("stopped before the job finished") });
  });

  it("refuses a crontab that names a job it has no handler for", async () => {
    await expect(
      startJobWorker({ connectionString: database.url, tasks: [], crontab: "0 4 * * * purge-holds", logger: quiet }),
    ).rejects.toThrow("The crontab names tasks with no handler: purge-holds.");
  });
});
