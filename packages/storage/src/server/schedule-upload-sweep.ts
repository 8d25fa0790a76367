import type { Storage } from "../create-storage";
import { sweepStaleUploads } from "./sweep-stale-uploads";

export interface ScheduleUploadSweepOptions {
  /** Time between sweeps; default 5 minutes. */
  everyMs?: number;
  /** The sweeps' clock (tests); default the current time. */
  now?: () => Date;
  /** Where deletions and failures are reported; default the console. */
  log?: (message: string, error?: unknown) => void;
}

const DEFAULT_EVERY_MS = 5 * 60_000;

/**
 * Sweeps the bucket's stale uploads (sweepStaleUploads) soon after the server starts and then every few minutes,
 * for as long as the process lives; a vertical calls it once from its instrumentation `register()`. The process
 * remembers nothing between sweeps, so a restart loses nothing, and every pm2 worker may run it. Returns a function
 * that stops it. The timers never keep the process alive.
 */
export function scheduleUploadSweep(storage: Storage, options: ScheduleUploadSweepOptions = {}): () => void {
  const { everyMs = DEFAULT_EVERY_MS, now = () => new Date(), log = defaultLog } = options;
  if (!Number.isInteger(everyMs) || everyMs < 1) throw new TypeError("scheduleUploadSweep: everyMs must be a positive whole number");
  let running = false;
  const sweep = async () => {
    // A sweep slower than the interval (a huge backlog, a slow store) must not pile up behind itself.
    if (running) return;
    running = true;
    try {
      const { removed } = await sweepStaleUploads(storage, { now: now() });
      if (removed.length > 0) log(`upload sweep: deleted ${removed.length} unconfirmed upload(s) from bucket "${storage.bucket}"`);
    } catch (error) {
      // The store may be down for a while; the next sweep tries again.
      log(`upload sweep: bucket "${storage.bucket}" could not be swept`, error);
    } finally {
      running = false;
    }
  };
  // Workers started together would otherwise all sweep at the same instant, every time.
  const first = setTimeout(() => void sweep(), Math.floor(Math.random() * Math.min(everyMs, 30_000)));
  const timer = setInterval(() => void sweep(), everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

function defaultLog(message: string, error?: unknown): void {
  if (error === undefined) console.log(message);
  else console.error(message, error);
}
