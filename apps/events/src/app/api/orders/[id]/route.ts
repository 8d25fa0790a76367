// GET /api/orders/{id} — an order with its tickets, for its buyer or the event's organizer
import { db } from "../../../../server/db";
import { getOrder } from "../../../../server/orders/get-order";
import { idParamsSchema } from "../../../../server/orders/order-schemas";
import { route } from "../../../../server/route";

export const dynamic = "force-dynamic";

export const GET = route({ access: "user", params: idParamsSchema }, async ({ user, params }) => ({
  order: await getOrder({ db: db(), orderId: params.id, userId: user.id }),
}));
