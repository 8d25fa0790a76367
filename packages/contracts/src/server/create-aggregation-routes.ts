import type { SessionUser } from "@stepperslife/auth-config";
import type { RouteFactory } from "@stepperslife/http";
import { activityResponseSchema, type ActivityItem } from "../activity";
import { aggregationPaths } from "../aggregation-paths";
import { feedResponseSchema, MAX_ITEMS_PER_ANSWER, type FeedItem } from "../feed-item";
import { searchQuerySchema, searchResponseSchema, type SearchQuery } from "../search";
import { answerWithinContract } from "./answer-within-contract";

export interface AggregationLoaders {
  /** The app's route factory (src/server/route.ts): session reading, the access guard and error mapping. */
  route: RouteFactory;
  /** This vertical's name in the manifest; every item answered must carry it. */
  app: string;
  /** What the app wants on the portal's home page now, best first. */
  loadFeed(): Promise<FeedItem[]>;
  /** Matches for a validated query, best first; at most `limit` are sent. */
  search(query: SearchQuery): Promise<FeedItem[]>;
  /** The signed-in person's own orders, tickets, enrollments, bookings. */
  loadActivity(input: { user: SessionUser }): Promise<ActivityItem[]>;
}

export interface AggregationRoutes {
  feed: ReturnType<RouteFactory>;
  search: ReturnType<RouteFactory>;
  activity: ReturnType<RouteFactory>;
}

const newestFirst = (a: ActivityItem, b: ActivityItem) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt);

/**
 * The three GET handlers every vertical serves the portal (GET /api/feed, /api/search, /api/me/activity), so each
 * app writes only its loaders and the contract is enforced in one place: the query is validated (422), activity
 * needs a session (401), answers are capped, sorted where the contract promises an order, and checked against the
 * response schemas before they leave.
 */
export function createAggregationRoutes(loaders: AggregationLoaders): AggregationRoutes {
  const { route, app } = loaders;

  const feed = route({ access: "public" }, async () => {
    const items = (await loaders.loadFeed()).slice(0, MAX_ITEMS_PER_ANSWER);
    return answerWithinContract({ schema: feedResponseSchema, body: { app, items }, app, path: aggregationPaths.feed, cache: "public-short" });
  });

  const search = route({ access: "public", query: searchQuerySchema }, async ({ query }) => {
    const items = (await loaders.search(query)).slice(0, query.limit);
    return answerWithinContract({
      schema: searchResponseSchema,
      body: { app, query: query.q, items },
      app,
      path: aggregationPaths.search,
      cache: "public-short",
    });
  });

  const activity = route({ access: "user" }, async ({ user }) => {
    const items = (await loaders.loadActivity({ user })).toSorted(newestFirst).slice(0, MAX_ITEMS_PER_ANSWER);
    return answerWithinContract({ schema: activityResponseSchema, body: { app, items }, app, path: aggregationPaths.activity, cache: "private" });
  });

  return { feed, search, activity };
}
