// GET /api/feed — restaurants for the portal's home page
import { aggregationRoutes } from "../../../server/aggregation-routes";

export const dynamic = "force-dynamic";
export const GET = aggregationRoutes.feed;
