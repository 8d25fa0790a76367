import { getApp } from "@stepperslife/manifest";
import { compareRouteToBaseline } from "./compare-route-to-baseline";
import { startBaselineApp } from "./start-baseline-app";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const perSecond = (value: number) => `${value.toFixed(0)} req/s`;

/**
 * GET /api/restaurants of the running restaurants app (the demo data: a database query, open-now from weekly hours,
 * zod on the way out) beside the baseline app's GET /api/fixed (a handler returning fixed JSON), same load, same run.
 * Target: throughput ratio ≥ 0.7.
 */
export async function benchRestaurantsApi({ timeoutMs, log }: { timeoutMs: number; log: (line: string) => void }) {
  const baseline = await startBaselineApp(timeoutMs);
  try {
    const concurrency = 8;
    const { route, baseline: fixed, throughputRatio } = await compareRouteToBaseline({
      url: `http://127.0.0.1:${getApp("restaurants").port}/api/restaurants`,
      baselineUrl: `http://127.0.0.1:${baseline.port}/api/fixed`,
      concurrency,
    });
    log(`\nRestaurants API, ${concurrency} concurrent callers (median of 3 alternating rounds of 3 s):`);
    log(`GET /api/restaurants          ${perSecond(route.requestsPerSecond).padStart(10)}  p95 ${ms(route.p95Ms)}  (${route.failures} failures)`);
    log(`baseline GET /api/fixed       ${perSecond(fixed.requestsPerSecond).padStart(10)}  p95 ${ms(fixed.p95Ms)}  (${fixed.failures} failures)`);
    log(`throughput ratio: ${throughputRatio.toFixed(2)} (target ≥ 0.70); p95 ratio: ${(route.p95Ms / fixed.p95Ms).toFixed(2)}`);
  } finally {
    await baseline.stop();
  }
}
