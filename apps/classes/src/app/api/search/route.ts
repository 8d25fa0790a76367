// GET /api/search — this app's matches for the portal's search, ?q=&limit=
import { vertical } from "@/vertical";

export const dynamic = "force-dynamic";

export const { GET } = vertical.routes.search;
