import { request } from "node:http";

/** An app to warm: its port, the paths a first visitor's pages load, and how many cluster workers serve it. */
export interface WarmUpTarget {
  app: string;
  port: number;
  paths: string[];
  /** Each path is requested once per worker, each time on a new connection, so every worker has served it. */
  workers?: number;
}

export interface WarmUpAnswer {
  app: string;
  path: string;
  /** The HTTP status, or null when no answer came within the timeout or the connection failed. */
  status: number | null;
  ms: number;
  /** Why the answer is not a success (no answer in time, refused connection, a non-2xx status). */
  problem?: string;
}

/** One GET on a new connection (no keep-alive), reading the whole body, given up after `timeoutMs`; never throws. */
function getOnce({ app, port, path, host, timeoutMs }: { app: string; port: number; path: string; host: string; timeoutMs: number }): Promise<WarmUpAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (status: number | null, problem?: string) => {
      if (settled) return;
      settled = true;
      resolve({ app, path, status, ms: Math.round(performance.now() - started), ...(problem ? { problem } : {}) });
    };
    const signal = AbortSignal.timeout(timeoutMs);
    const late = () => `no answer within ${timeoutMs / 1000} s`;
    const req = request({ host, port, path, agent: false, signal, headers: { "user-agent": "stepperslife-fleet-warm-up" } }, (response) => {
      const status = response.statusCode ?? null;
      // The whole page must render (a streamed page ends with its last chunk), so the timeout covers the body too.
      response.resume();
      response.once("end", () => settle(status, status !== null && status >= 200 && status < 400 ? undefined : `answered ${status}`));
      response.once("close", () => settle(null, signal.aborted ? late() : "closed the connection mid-answer"));
      response.once("error", () => undefined);
    });
    req.once("error", (error) => settle(null, signal.aborted ? late() : `could not connect (${error.message})`));
    req.end();
  });
}

/**
 * Requests every target's paths, all targets and paths at once, each path once per worker on a new connection, and
 * answers what each got: the first requests to a freshly started Next.js server compile and load its pages, so a
 * visitor after this finds them warm. Bounded: nothing waits longer than `timeoutMs`, and a failure is reported, not
 * thrown.
 */
export async function warmUpRoutes({ targets, timeoutMs, host = "127.0.0.1" }: { targets: WarmUpTarget[]; timeoutMs: number; host?: string }): Promise<WarmUpAnswer[]> {
  const requests = targets.flatMap(({ app, port, paths, workers = 1 }) =>
    paths.flatMap((path) => Array.from({ length: Math.max(1, workers) }, () => getOnce({ app, port, path, host, timeoutMs }))),
  );
  return Promise.all(requests);
}
