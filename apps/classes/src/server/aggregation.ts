import "server-only";
import { createAggregationRoutes } from "@stepperslife/contracts/server";
import { service } from "../../app.config";
import { route } from "./route";

/**
 * What this app serves the portal (feed, search, "my activity"). Nothing is built here yet, so each answer is a
 * valid empty list: the portal shows a friendly empty section instead of an outage.
 */
export const aggregation = createAggregationRoutes({
  route,
  app: service.name,
  loadFeed: async () => [],
  search: async () => [],
  loadActivity: async () => [],
});
