// GET /api/search — this app's matches for the portal's search, ?q=&limit= (contract: @stepperslife/contracts)
import { aggregation } from "../../../server/aggregation";

export const dynamic = "force-dynamic";

export const GET = aggregation.search;
