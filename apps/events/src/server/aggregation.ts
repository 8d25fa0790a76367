import "server-only";
import { createAggregationRoutes } from "@stepperslife/contracts/server";
import { service } from "../../app.config";
import { loadActivity } from "./aggregation/load-activity";
import { loadFeed } from "./aggregation/load-feed";
import { searchEvents } from "./aggregation/search-events";
import { appBaseUrl } from "./app-base-url";
import { db } from "./db";
import { route } from "./route";

/** GET /api/feed, /api/search and /api/me/activity: what this app tells the portal. */
export const aggregation = createAggregationRoutes({
  route,
  app: service.name,
  loadFeed: () => loadFeed({ db: db(), baseUrl: appBaseUrl() }),
  search: ({ q, limit }) => searchEvents({ db: db(), baseUrl: appBaseUrl(), q, limit }),
  loadActivity: ({ user }) => loadActivity({ db: db(), baseUrl: appBaseUrl(), buyerId: user.id }),
});
