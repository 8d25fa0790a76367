// GET /api/me/activity — the signed-in person's activity in this app, 401 signed out (contract: @stepperslife/contracts)
import { aggregation } from "../../../../server/aggregation";

export const dynamic = "force-dynamic";

export const GET = aggregation.activity;
