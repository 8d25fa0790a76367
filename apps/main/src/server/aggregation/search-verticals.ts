import "server-only";
import { aggregationPaths, searchResponseSchema, type SearchQuery, type SearchResponse } from "@stepperslife/contracts";
import { env } from "../../env";
import { fanOut } from "./fan-out";
import { lastGoodAnswers } from "./last-good-answers";
import { listUpstreams } from "./list-upstreams";
import type { Section } from "./types";

/** One validated query to all six verticals' search at once; matches come back grouped by app. */
export function searchVerticals(query: SearchQuery): Promise<Section<SearchResponse>[]> {
  const search = new URLSearchParams({ q: query.q, limit: String(query.limit) });
  return fanOut({
    upstreams: listUpstreams(),
    path: `${aggregationPaths.search}?${search}`,
    schema: searchResponseSchema,
    timeoutMs: env().UPSTREAM_TIMEOUT_MS,
    // Matches depend only on the query, not on who asks: shared between people, keyed by the normalized query.
    lastGood: { cache: lastGoodAnswers, key: `search ${query.q.toLowerCase()} ${query.limit}` },
  });
}
