import { type LoadResult, runClosedLoop } from "./measure-load";

/**
 * The portal's work without the portal: `concurrency` callers each GET every url at once and wait for all of them,
 * again and again for `durationMs`. One sample is the time to the last answer, i.e. the slowest upstream of that
 * round, which is the floor under any aggregate of them.
 */
export function measureFanOutDirect({ urls, concurrency, durationMs }: { urls: string[]; concurrency: number; durationMs: number }): Promise<LoadResult> {
  return runClosedLoop({
    concurrency,
    durationMs,
    send: async () => {
      const answers = await Promise.all(
        urls.map((url) =>
          fetch(url)
            .then(async (response) => (await response.arrayBuffer(), response.ok))
            .catch(() => false),
        ),
      );
      return answers.every(Boolean);
    },
  });
}
