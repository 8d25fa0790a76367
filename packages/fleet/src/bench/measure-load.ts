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
 * Closed-loop load: `concurrency` callers each start the next `send` as soon as the previous one settled, for
 * `durationMs`. `send` resolves true for a success (its time counts) and false or a rejection for a failure.
 */
export async function runClosedLoop({
  concurrency,
  durationMs,
  send,
}: {
  concurrency: number;
  durationMs: number;
  send: () => Promise<boolean>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  async function caller() {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const ok = await send().catch(() => false);
      if (ok) latencies.push(performance.now() - sent);
      else failures += 1;
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

/** Closed-loop GETs of one URL over keep-alive connections (fetch's default), so the figure is the server's. */
export function measureLoad({ url, concurrency, durationMs }: { url: string; concurrency: number; durationMs: number }): Promise<LoadResult> {
  return runClosedLoop({
    concurrency,
    durationMs,
    send: async () => {
      const response = await fetch(url);
      await response.arrayBuffer();
      return response.ok;
    },
  });
}
