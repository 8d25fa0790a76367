import { type LoadResult, percentile, runClosedLoop } from "./measure-load";

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
  const slowest: number[] = [];
  let degradedAnswers = 0;
  const load = await runClosedLoop({
    concurrency,
    durationMs,
    send: async () => {
      const response = await fetch(url);
      const body = (await response.json()) as PortalFeedBody;
      if (!response.ok) return false;
      slowest.push(Math.max(...body.sections.map((section) => section.durationMs)));
      if (body.sections.some((section) => section.status !== "ok")) degradedAnswers += 1;
      return true;
    },
  });
  slowest.sort((a, b) => a - b);
  return { ...load, slowestUpstreamP95Ms: percentile(slowest, 0.95), degradedAnswers };
}
