/** Where every vertical serves the portal. The same three paths on all six apps, so the portal needs no per-app config. */
export const aggregationPaths = {
  feed: "/api/feed",
  search: "/api/search",
  activity: "/api/me/activity",
} as const;

export type AggregationEndpoint = keyof typeof aggregationPaths;
