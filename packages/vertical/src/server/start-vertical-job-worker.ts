import { onAppShutdown } from "@stepperslife/app-server/shutdown";
import { createSendEmailHandler, startJobWorker, type JobHandler, type JobWorker } from "@stepperslife/jobs";
import type { Mailer } from "@stepperslife/mail";

export interface VerticalJobWorkerOptions {
  /** The app's name: one worker per app and process. */
  app: string;
  /** The app's own DATABASE_URL: its queue lives next to its rows. */
  connectionString: string;
  mailer: Mailer;
  /** The app's own handlers, besides the send-email one every vertical runs. */
  tasks?: ReadonlyArray<JobHandler<unknown>>;
  crontab?: string;
}

/**
 * On stop, jobs still running after this long are handed back to the queue (retried soon, by this app's next worker):
 * pm2 waits for the process on every reload and `npm stop`, so the worker must not hold either up.
 */
const stopDeadlineMs = 400;

// On globalThis, not in module scope: `next dev` re-evaluates modules, and a second worker per process would only
// compete with the first for the same jobs and connections.
const processWide = globalThis as typeof globalThis & { stepperslifeJobWorkers?: Map<string, Promise<JobWorker>> };

/**
 * This process's job worker for the app, started on the first call and handed back after: it sends the emails the
 * app queues (enqueueEmail) and runs the app's own jobs. It stops with the app server (after requests in flight),
 * within stopDeadlineMs. A start that failed (database unreachable) is forgotten, so the next call tries again.
 */
export function startVerticalJobWorker(options: VerticalJobWorkerOptions): Promise<JobWorker> {
  const workers = (processWide.stepperslifeJobWorkers ??= new Map());
  const running = workers.get(options.app);
  if (running) return running;
  const starting = start(options, () => workers.delete(options.app));
  workers.set(options.app, starting);
  starting.catch(() => workers.delete(options.app));
  return starting;
}

async function start({ connectionString, mailer, tasks = [], crontab }: VerticalJobWorkerOptions, forget: () => void): Promise<JobWorker> {
  const worker = await startJobWorker({
    connectionString,
    tasks: [createSendEmailHandler(mailer), ...tasks],
    ...(crontab ? { crontab } : {}),
  });
  const stop: JobWorker["stop"] = async (stopOptions = { forceAfterMs: stopDeadlineMs }) => {
    removeHook();
    forget();
    await worker.stop(stopOptions);
  };
  const removeHook = onAppShutdown(() => stop());
  return { stop };
}
