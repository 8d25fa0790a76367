// GET /api/feed — restaurants for the portal's home page
import { vertical } from "../../../vertical";

export const dynamic = "force-dynamic";

export const { GET } = vertical.routes.feed;
