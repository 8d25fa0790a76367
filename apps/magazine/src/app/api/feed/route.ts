// GET /api/feed — this app's cards for the portal's home page (contract: @stepperslife/contracts)
import { vertical } from "@/vertical";

export const dynamic = "force-dynamic";

export const { GET } = vertical.routes.feed;
