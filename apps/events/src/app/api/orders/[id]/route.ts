// GET /api/orders/{id} — an order with its tickets, for its buyer or the event's organizer
import { db, route } from "../../../../vertical";
import { getOrder } from "../../../../server/orders/get-order";
import { idParamsSchema } from "../../../../server/orders/order-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "user", params: idParamsSchema }, async ({ user, params }) => ({
  order: await getOrder({ db: db(), orderId: params.id, userId: user.id }),
}));
