import { type LoadResult, percentile } from "./measure-load";

/**
 * The portal's work without the portal: `concurrency` callers each GET every url at once and wait for all of them,
 * again and again for `durationMs`. One sample is the time to the last answer, i.e. the slowest upstream of that
 * round, which is the floor under any aggregate of them.
 */
export async function measureFanOutDirect({ urls, concurrency, durationMs }: { urls: string[]; concurrency: number; durationMs: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  async function caller() {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const answers = await Promise.all(
        urls.map((url) =>
          fetch(url)
            .then(async (response) => (await response.arrayBuffer(), response.ok))
            .catch(() => false),
        ),
      );
      if (answers.every(Boolean)) latencies.push(performance.now() - sent);
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
