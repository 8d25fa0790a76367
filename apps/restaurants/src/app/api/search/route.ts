// GET /api/search?q= — restaurants and dishes matching a query, for the portal's search
import { vertical } from "../../../vertical";

export const dynamic = "force-dynamic";

export const { GET } = vertical.routes.search;
