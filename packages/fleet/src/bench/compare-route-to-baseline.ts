import { type LoadResult, measureLoad } from "./measure-load";

export interface RouteComparison {
  route: LoadResult;
  baseline: LoadResult;
  /** route req/s ÷ baseline req/s: 1.0 means as fast as a handler returning fixed JSON. */
  throughputRatio: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function medianResult(results: LoadResult[]): LoadResult {
  return {
    requests: results.reduce((sum, r) => sum + r.requests, 0),
    failures: results.reduce((sum, r) => sum + r.failures, 0),
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50Ms: median(results.map((r) => r.p50Ms)),
    p95Ms: median(results.map((r) => r.p95Ms)),
  };
}

/**
 * Loads an app's route and the bare baseline route in alternating rounds (this machine is noisy: alternating
 * spreads any background burst over both sides) and reports the median round of each, after a warm-up.
 */
export async function compareRouteToBaseline({
  url,
  baselineUrl,
  rounds = 3,
  durationMs = 3000,
  concurrency = 8,
}: {
  url: string;
  baselineUrl: string;
  rounds?: number;
  durationMs?: number;
  concurrency?: number;
}): Promise<RouteComparison> {
  await measureLoad({ url, concurrency, durationMs: 1000 });
  await measureLoad({ url: baselineUrl, concurrency, durationMs: 1000 });
  const routeRounds: LoadResult[] = [];
  const baselineRounds: LoadResult[] = [];
  for (let round = 0; round < rounds; round += 1) {
    routeRounds.push(await measureLoad({ url, concurrency, durationMs }));
    baselineRounds.push(await measureLoad({ url: baselineUrl, concurrency, durationMs }));
  }
  const route = medianResult(routeRounds);
  const baseline = medianResult(baselineRounds);
  return { route, baseline, throughputRatio: route.requestsPerSecond / baseline.requestsPerSecond };
}
