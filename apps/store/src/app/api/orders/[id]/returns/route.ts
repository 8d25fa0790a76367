// POST /api/orders/{id}/returns — ask a shop to take back items of my order, within its return window (the shop decides)
import { db, route } from "@/vertical";
import { idParamsSchema } from "@/server/orders/order-schemas";
import { requestReturn } from "@/server/returns/request-return";
import { requestReturnSchema } from "@/server/returns/return-schemas";

export const POST = route({ access: "user", params: idParamsSchema, body: requestReturnSchema }, async ({ user, params, body }) =>
  Response.json({ return: await requestReturn({ db: db(), customerId: user.id, orderId: params.id, input: body }) }, { status: 201 }),
);
