// GET /api/owner/restaurants/{id}/sales — orders and revenue per day, last 30 days
import { db, route } from "../../../../../../vertical";
import { idParamsSchema } from "../../../../../../server/restaurants/restaurant-schemas";
import { loadSales } from "../../../../../../server/sales/load-sales";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({
  days: await loadSales({ db: db(), ownerId: user.id, restaurantId: params.id }),
}));
