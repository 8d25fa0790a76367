import "server-only";
import { aggregationPaths, feedResponseSchema, type FeedResponse } from "@stepperslife/contracts";
import { env } from "../../env";
import { fanOut } from "./fan-out";
import { lastGoodAnswers } from "./last-good-answers";
import { listUpstreams } from "./list-upstreams";
import type { Section } from "./types";

/** Every vertical's home-page cards, read live; the same answer for everyone, so one shared fallback per upstream. */
export function loadHomeFeed(): Promise<Section<FeedResponse>[]> {
  return fanOut({
    upstreams: listUpstreams(),
    path: aggregationPaths.feed,
    schema: feedResponseSchema,
    timeoutMs: env().UPSTREAM_TIMEOUT_MS,
    lastGood: { cache: lastGoodAnswers, key: "feed" },
  });
}
