// GET /api/orders/{id} — an order's live status, for its customer or the restaurant's owner
import { db, route } from "../../../../vertical";
import { getOrder } from "../../../../server/orders/get-order";
import { idParamsSchema } from "../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "user", params: idParamsSchema }, async ({ user, params }) => ({
  order: await getOrder({ db: db(), orderId: params.id, userId: user.id }),
}));
