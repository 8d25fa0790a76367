import type { Database } from "../../vertical";
import { orderViewInclude, toOrderView, type OrderView } from "./to-order-view";

/** One of the buyer's own orders, or null (someone else's order is as unknown as a missing one). */
export async function getCustomerOrder({ db, orderId, customerId }: { db: Database; orderId: string; customerId: string }): Promise<OrderView | null> {
  const order = await db.order.findFirst({ where: { id: orderId, customerId }, include: orderViewInclude });
  return order ? toOrderView(order) : null;
}
