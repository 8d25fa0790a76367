import { type LoadResult, percentile } from "./measure-load";

export interface PortalFeedLoad extends LoadResult {
  /** p95 of each answer's slowest upstream, as the portal timed it inside the same requests. */
  slowestUpstreamP95Ms: number;
  /** How many answers had at least one section not `ok` (stale or unavailable). */
  degradedAnswers: number;
}

interface PortalFeedBody {
  sections: { app: string; status: string; durationMs: number }[];
}

/**
 * Closed-loop load on the portal's GET /api/portal/feed (the home page's data as JSON), reading each answer's
 * per-upstream timings so the portal's own overhead can be told from its slowest upstream's latency.
 */
export async function measurePortalFeed({ url, concurrency, durationMs }: { url: string; concurrency: number; durationMs: number }): Promise<PortalFeedLoad> {
  const latencies: number[] = [];
  const slowest: number[] = [];
  let failures = 0;
  let degradedAnswers = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  async function caller() {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const response = await fetch(url);
        const body = (await response.json()) as PortalFeedBody;
        if (!response.ok) {
          failures += 1;
          continue;
        }
        latencies.push(performance.now() - sent);
        slowest.push(Math.max(...body.sections.map((section) => section.durationMs)));
        if (body.sections.some((section) => section.status !== "ok")) degradedAnswers += 1;
      } catch {
        failures += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, caller));
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  slowest.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    slowestUpstreamP95Ms: percentile(slowest, 0.95),
    degradedAnswers,
  };
}
