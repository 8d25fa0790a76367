// GET /api/owner/restaurants/{id}/orders — the live orders board
import { db, route } from "../../../../../../vertical";
import { listBoardOrders } from "../../../../../../server/orders/list-board-orders";
import { idParamsSchema } from "../../../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({
  orders: await listBoardOrders({ db: db(), ownerId: user.id, restaurantId: params.id }),
}));
