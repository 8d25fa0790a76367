export interface LoadResult {
  requests: number;
  failures: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(sortedMs: number[], share: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const rank = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(share * sortedMs.length) - 1));
  return sortedMs[rank]!;
}

/**
 * Closed-loop load: `concurrency` callers each send the next GET as soon as the previous answer is read,
 * for `durationMs`. Keep-alive connections (fetch's default) so the figure is the server's, not TCP setup's.
 */
export async function measureLoad({ url, concurrency, durationMs }: { url: string; concurrency: number; durationMs: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  async function caller() {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.ok) latencies.push(performance.now() - sent);
        else failures += 1;
      } catch {
        failures += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, caller));
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
  };
}
