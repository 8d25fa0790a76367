import { EventEmitter, once } from "node:events";
import { parseCrontab, run, type TaskList, type WorkerEvents } from "graphile-worker";
import { z } from "zod";
import type { JobHandler } from "./define-job-handler";
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

export interface JobWorker {
  /** Stops taking jobs and waits for the running ones (graphile's graceful shutdown), then closes its pool. */
  stop(): Promise<void>;
}

const optionsSchema = z.object({
  connectionString: z.string().min(1),
  concurrency: z.number().int().min(1).max(100).default(1),
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
  // Listening before run(), so the event cannot pass unseen while run() starts up.
  const cronStarted = parsedCronItems.length > 0 ? once(events, "cron:started") : Promise.resolve();
  const runner = await run({
    connectionString,
    concurrency,
    // graphile's advice: at least concurrency + 2 (one client listens, one fetches, the rest complete jobs).
    maxPoolSize: concurrency + 2,
    pollInterval: pollIntervalMs,
    noHandleSignals: true,
    logger: toGraphileLogger(log),
    events,
    taskList,
    // Always explicit: without it graphile-worker would read a `crontab` file from the working directory.
    parsedCronItems,
  });
  // The runner's promise rejects if the worker dies (e.g. its database went away for good); unobserved, that would be
  // an unhandled rejection taking the app server down with it.
  runner.promise.catch((error: unknown) => log("error", `job worker stopped: ${error instanceof Error ? error.message : String(error)}`));

  // Resolving only once missed ticks are queued makes "started" mean "caught up": a caller (or a test) that sees the
  // worker started can rely on every backfilled tick being in the queue.
  await Promise.race([cronStarted, runner.promise]);

  let stopping: Promise<void> | undefined;
  return { stop: () => (stopping ??= runner.stop()) };
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
