import type { z } from "zod";
import type { LastGoodCache } from "./create-last-good-cache";
import { fetchUpstream } from "./fetch-upstream";
import type { ContractAnswer, Section, Upstream } from "./types";

export interface FanOutOptions<T extends ContractAnswer> {
  upstreams: Upstream[];
  /** Path and query, the same on every upstream, e.g. `/api/search?q=ribs&limit=6`. */
  path: string;
  schema: z.ZodType<T>;
  /** Each upstream's own budget; all run at once, so the whole aggregate takes about this long at worst. */
  timeoutMs: number;
  headers?: Record<string, string>;
  /**
   * Where the last good answers live and this aggregate's key in it (per upstream). Per-person answers must use a
   * key that names the person, so one person's data is never shown to another; leave it out to keep nothing.
   */
  lastGood?: { cache: LastGoodCache; key: string };
}

/**
 * Asks every upstream at once and never throws: each answers within its timeout or its section falls back to its
 * last good answer (stale) or is marked unavailable, so one slow or broken vertical never takes the page down.
 */
export function fanOut<T extends ContractAnswer>(options: FanOutOptions<T>): Promise<Section<T>[]> {
  const { upstreams, path, schema, timeoutMs, headers, lastGood } = options;
  return Promise.all(
    upstreams.map(async (upstream): Promise<Section<T>> => {
      const started = performance.now();
      const answer = await fetchUpstream({ url: new URL(path, upstream.internalUrl).toString(), app: upstream.app, schema, timeoutMs, headers });
      const durationMs = Math.round(performance.now() - started);
      const cacheKey = lastGood && `${upstream.app} ${lastGood.key}`;
      if (answer.ok) {
        if (lastGood && cacheKey) lastGood.cache.remember(cacheKey, answer.data);
        return { upstream, durationMs, error: null, status: "ok", data: answer.data };
      }
      console.warn(`[portal] ${upstream.app} ${path.split("?")[0]} failed after ${durationMs} ms: ${describe(answer.error)}`);
      const previous = lastGood && cacheKey ? lastGood.cache.recall(cacheKey) : undefined;
      if (previous) {
        // Stored only after passing `schema` under the same key, so it is a T.
        return { upstream, durationMs, error: answer.error, status: "stale", data: previous.value as T, ageMs: previous.ageMs };
      }
      return { upstream, durationMs, error: answer.error, status: "unavailable", data: null };
    }),
  );
}

function describe(error: NonNullable<Section<unknown>["error"]>): string {
  return error.kind === "http" ? `HTTP ${error.status}` : error.kind;
}
