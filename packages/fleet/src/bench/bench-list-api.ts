import { getApp } from "@stepperslife/manifest";
import { compareRouteToBaseline } from "./compare-route-to-baseline";
import { startBaselineApp } from "./start-baseline-app";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const perSecond = (value: number) => `${value.toFixed(0)} req/s`;

/**
 * A vertical's public list API on the running fleet (the demo data: a database query, the app's own shaping, zod on
 * the way out) beside the baseline app's GET /api/fixed (a handler returning fixed JSON), same load, same run: the
 * restaurants' GET /api/restaurants (open-now from weekly hours), the store's GET /api/products (filters, variants'
 * price range and stock). Target: throughput ratio ≥ 0.7.
 */
export async function benchListApi({ app, path, title, timeoutMs, log }: { app: string; path: string; title: string; timeoutMs: number; log: (line: string) => void }) {
  const baseline = await startBaselineApp(timeoutMs);
  try {
    const concurrency = 8;
    const { route, baseline: fixed, throughputRatio } = await compareRouteToBaseline({
      url: `http://127.0.0.1:${getApp(app).port}${path}`,
      baselineUrl: `http://127.0.0.1:${baseline.port}/api/fixed`,
      concurrency,
    });
    log(`\n${title}, ${concurrency} concurrent callers (median of 3 alternating rounds of 3 s):`);
    log(`GET ${path.padEnd(26)} ${perSecond(route.requestsPerSecond).padStart(10)}  p95 ${ms(route.p95Ms)}  (${route.failures} failures)`);
    log(`baseline GET /api/fixed       ${perSecond(fixed.requestsPerSecond).padStart(10)}  p95 ${ms(fixed.p95Ms)}  (${fixed.failures} failures)`);
    log(`throughput ratio: ${throughputRatio.toFixed(2)} (target ≥ 0.70); p95 ratio: ${(route.p95Ms / fixed.p95Ms).toFixed(2)}`);
  } finally {
    await baseline.stop();
  }
}
