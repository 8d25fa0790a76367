// GET /api/search?q= — restaurants and dishes matching a query, for the portal's search
import { aggregationRoutes } from "../../../server/aggregation-routes";

export const dynamic = "force-dynamic";
export const GET = aggregationRoutes.search;
