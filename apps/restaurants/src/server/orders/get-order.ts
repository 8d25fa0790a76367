import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { orderViewInclude, toOrderView, type OrderView } from "./to-order-view";

/** One order for its customer or for the restaurant's owner; 404 for anyone else (its existence is not revealed). */
export async function getOrder({ db, orderId, userId }: { db: Database; orderId: string; userId: string }): Promise<OrderView> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: orderViewInclude });
  if (!order || (order.customerId !== userId && order.restaurant.ownerId !== userId)) throw new AppError("not_found", "There is no such order.");
  return toOrderView(order);
}
