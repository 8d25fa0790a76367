// GET /api/feed — this app's cards for the portal's home page (contract: @stepperslife/contracts)
import { aggregation } from "../../../server/aggregation";

export const dynamic = "force-dynamic";

export const GET = aggregation.feed;
