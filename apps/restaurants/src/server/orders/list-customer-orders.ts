import type { Database } from "../../vertical";
import { orderViewInclude, toOrderView, type OrderView } from "./to-order-view";

/** The signed-in customer's orders, newest first ("My orders" and the portal's activity). */
export async function listCustomerOrders({ db, customerId, limit = 50 }: { db: Database; customerId: string; limit?: number }): Promise<OrderView[]> {
  const orders = await db.order.findMany({ where: { customerId }, include: orderViewInclude, orderBy: { createdAt: "desc" }, take: limit });
  return orders.map(toOrderView);
}
