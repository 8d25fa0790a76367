// POST /api/owner/orders/{id}/status — move an order on the board (409 if illegal); cancelling refunds a paid one
import { db, refunder, route } from "../../../../../../vertical";
import { changeOrderStatus } from "../../../../../../server/orders/change-order-status";
import { changeStatusSchema } from "../../../../../../server/orders/order-schemas";
import { idParamsSchema } from "../../../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, body: changeStatusSchema }, async ({ user, params, body }) => ({
  order: await changeOrderStatus({ db: db(), ownerId: user.id, orderId: params.id, to: body.status, refund: refunder() }),
}));
