import http from "node:http";
import { type LoadResult, runClosedLoop } from "./measure-load";

// The same client the portal uses for its upstream calls (node:http on a keep-alive agent), so the comparison
// isolates the portal's own hop and work, not a difference between HTTP clients.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function getOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on("end", () => resolve((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300));
        response.on("error", () => resolve(false));
      })
      .on("error", () => resolve(false));
  });
}

/**
 * The portal's work without the portal: `concurrency` callers each GET every url at once and wait for all of them,
 * again and again for `durationMs`. One sample is the time to the last answer, i.e. the slowest upstream of that
 * round, which is the floor under any aggregate of them.
 */
export function measureFanOutDirect({ urls, concurrency, durationMs }: { urls: string[]; concurrency: number; durationMs: number }): Promise<LoadResult> {
  return runClosedLoop({
    concurrency,
    durationMs,
    send: async () => (await Promise.all(urls.map(getOk))).every(Boolean),
  });
}
