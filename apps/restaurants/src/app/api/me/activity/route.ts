// GET /api/me/activity — the signed-in customer's orders, for the portal's "my activity"
import { aggregationRoutes } from "../../../../server/aggregation-routes";

export const dynamic = "force-dynamic";
export const GET = aggregationRoutes.activity;
