import { searchQuerySchema, type SearchQuery } from "@stepperslife/contracts";

/** How many matches the portal asks each app for: a short list per app, with a link to search there for more. */
const perApp = 6;

export type SearchQueryReading = { kind: "none" } | { kind: "invalid"; message: string; q: string } | { kind: "valid"; query: SearchQuery };

/**
 * The search page's `?q=`: absent (show just the box), invalid (say why, in words for people rather than the API's
 * field messages) or valid. A repeated `q` counts by its first value, as a form would send only one.
 */
export function readSearchQuery(params: Record<string, string | string[] | undefined>): SearchQueryReading {
  const raw = Array.isArray(params.q) ? params.q[0] : params.q;
  if (raw === undefined) return { kind: "none" };
  const parsed = searchQuerySchema.safeParse({ q: raw, limit: perApp });
  if (parsed.success) return { kind: "valid", query: parsed.data };
  const tooLong = parsed.error.issues.some((issue) => issue.code === "too_big");
  return {
    kind: "invalid",
    q: raw,
    message: tooLong ? "That search is too long: keep it under 100 characters." : "Type what you're looking for: a dish, an event, a teacher, a pair of shoes.",
  };
}
