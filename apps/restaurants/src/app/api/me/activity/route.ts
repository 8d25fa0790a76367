// GET /api/me/activity — the signed-in customer's orders, for the portal's "my activity"
import { vertical } from "../../../../vertical";

export const dynamic = "force-dynamic";

export const { GET } = vertical.routes.activity;
