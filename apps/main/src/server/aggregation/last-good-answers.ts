import "server-only";
import { createLastGoodCache } from "./create-last-good-cache";

/**
 * This process's last good answers of every upstream (feed, search per query, activity per person). An hour at most:
 * older "open now" or "this week" cards would mislead more than an unavailable notice.
 */
export const lastGoodAnswers = createLastGoodCache({ maxEntries: 2_000, maxAgeMs: 60 * 60 * 1000 });
