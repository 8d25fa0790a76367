// GET /api/orders/{id} — one of my orders, each shop's shipment with its status and tracking
import { AppError } from "@stepperslife/http";
import { db, route } from "@/vertical";
import { idParamsSchema } from "@/server/orders/order-schemas";
import { getCustomerOrder } from "@/server/orders/get-customer-order";

export const dynamic = "force-dynamic";

export const GET = route({ access: "user", params: idParamsSchema }, async ({ user, params }) => {
  const order = await getCustomerOrder({ db: db(), orderId: params.id, customerId: user.id });
  if (!order) throw new AppError("not_found", "There is no such order.");
  return { order };
});
