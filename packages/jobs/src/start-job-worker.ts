import { EventEmitter, once } from "node:events";
import { parseCrontab, run, type TaskList, type WorkerEvents, type WorkerPool } from "graphile-worker";
import pg from "pg";
import { z } from "zod";
import type { JobHandler } from "./define-job-handler";
import { defaultJobConcurrency, jobWorkerConnections } from "./job-worker-connections";
import { defaultJobLogger, toGraphileLogger, type JobLogger } from "./to-graphile-logger";

export interface StartJobWorkerOptions {
  /** The app's own DATABASE_URL: the queue lives in the app's database, next to the rows its jobs belong to. */
  connectionString: string;
  /** One handler per job this app runs, e.g. `[createSendEmailHandler(mailer), …]`. */
  tasks: ReadonlyArray<JobHandler<unknown>>;
  /**
   * graphile-worker's crontab text, one schedule a line, e.g. `0 4 * * * purge-expired-holds ?fill=2d` (UTC). Every
   * process may pass the same crontab: graphile-worker schedules each tick once across all of them, and `?fill=`
   * backfills ticks missed while no worker ran, for schedules it already knew.
   */
  crontab?: string;
  /** Jobs this process runs at once (default 1: a pm2 cluster already runs one worker per app process). */
  concurrency?: number;
  /** How often to look for retries and jobs due later; new jobs arrive by LISTEN/NOTIFY without waiting (default 2 s). */
  pollIntervalMs?: number;
  logger?: JobLogger;
}

export interface JobStopOptions {
  /**
   * How long running jobs may take to finish before they are released (graphile's forceful shutdown: each is recorded
   * as a failed attempt and retried soon by another worker, instead of staying locked for 4 hours). Without it, stop
   * waits for them however long they take.
   */
  forceAfterMs?: number;
}

export interface JobWorker {
  /** Stops taking jobs and waits for the running ones (graphile's graceful shutdown), then closes its pool. */
  stop(options?: JobStopOptions): Promise<void>;
}

const optionsSchema = z.object({
  connectionString: z.string().min(1),
  concurrency: z.number().int().min(1).max(100).default(defaultJobConcurrency),
  pollIntervalMs: z.number().int().min(100).max(60_000).default(2_000),
});

/**
 * Starts graphile-worker in this process, for an app's instrumentation.ts to call once per process. It installs or
 * upgrades the job schema first (graphile-worker does so on start), registers the crontab and queues the ticks it missed
 * (backfill), then waits for jobs by LISTEN/NOTIFY.
 *
 * Signal handling is left to the app (`noHandleSignals`): graphile-worker's own handlers would re-raise SIGTERM and
 * end the process before the app server has drained its requests; the app calls stop() from its own shutdown.
 */
export async function startJobWorker(options: StartJobWorkerOptions): Promise<JobWorker> {
  const { connectionString, concurrency, pollIntervalMs } = optionsSchema.parse(options);
  const log = options.logger ?? defaultJobLogger;
  const taskList = toTaskList(options.tasks);
  // Parsed here, not by graphile, so a schedule naming a task this worker cannot run fails at start, not silently.
  const parsedCronItems = options.crontab ? parseCrontab(options.crontab) : [];
  const unknown = parsedCronItems.map((item) => item.task).filter((task) => !(task in taskList));
  if (unknown.length > 0) throw new Error(`The crontab names tasks with no handler: ${[...new Set(unknown)].join(", ")}.`);

  const events: WorkerEvents = new EventEmitter();
  // graphile's worker pool is only reachable through this event; stop() needs it to release jobs that outlast a deadline.
  let workers: WorkerPool | undefined;
  events.on("pool:create", ({ workerPool }) => (workers = workerPool));
  // Listening before run(), so the event cannot pass unseen while run() starts up.
  const cronStarted = parsedCronItems.length > 0 ? once(events, "cron:started") : Promise.resolve();
  // Our own pool rather than graphile's: after a forced stop graphile skips its own clean-up, and a pool left open
  // would hold its connections (and its LISTEN client) until the process ends.
  const pgPool = new pg.Pool({ connectionString, max: jobWorkerConnections(concurrency) });
  const runner = await run({
    pgPool,
    concurrency,
    pollInterval: pollIntervalMs,
    noHandleSignals: true,
    logger: toGraphileLogger(log),
    events,
    taskList,
    // Always explicit: without it graphile-worker would read a `crontab` file from the working directory.
    parsedCronItems,
  }).catch(async (error: unknown) => {
    await pgPool.end().catch(() => {});
    throw error;
  });
  // The runner's promise rejects if the worker dies (e.g. its database went away for good); unobserved, that would be
  // an unhandled rejection taking the app server down with it.
  runner.promise.catch((error: unknown) => log("error", `job worker stopped: ${error instanceof Error ? error.message : String(error)}`));

  // Resolving only once missed ticks are queued makes "started" mean "caught up": a caller (or a test) that sees the
  // worker started can rely on every backfilled tick being in the queue.
  await Promise.race([cronStarted, runner.promise]);

  let stopping: Promise<void> | undefined;
  const stop = async ({ forceAfterMs }: JobStopOptions) => {
    const graceful = runner.stop();
    const force = forceAfterMs === undefined ? undefined : setTimeout(() => {
      // A released job's attempt fails with this message; graphile then ends the graceful stop at once.
      Promise.resolve(workers?.forcefulShutdown(`the worker stopped before the job finished (after ${forceAfterMs} ms)`)).catch(() => {});
    }, forceAfterMs);
    // After a forced stop graphile reports the interrupted graceful one as an error: the process is stopping anyway.
    await graceful.catch((error: unknown) => log("warning", `job worker stop: ${error instanceof Error ? error.message : String(error)}`));
    clearTimeout(force);
    await pgPool.end().catch(() => {});
  };
  return { stop: (options = {}) => (stopping ??= stop(options)) };
}

function toTaskList(handlers: StartJobWorkerOptions["tasks"]): TaskList {
  const taskList: TaskList = {};
  for (const { job, run: handle } of handlers) {
    if (job.name in taskList) throw new Error(`Two handlers for job "${job.name}".`);
    taskList[job.name] = async (payload, helpers) => {
      // Checked again here: a job may have been added in plain SQL, or by an older version of the app.
      const checked = job.payload.safeParse(payload);
      if (!checked.success) {
        throw new Error(`Job "${job.name}" #${helpers.job.id} has an invalid payload:\n${z.prettifyError(checked.error)}`);
      }
      await handle(checked.data, { jobId: helpers.job.id, attempt: helpers.job.attempts, signal: helpers.abortSignal });
    };
  }
  return taskList;
}
