import type { Database } from "../../vertical";
import { orderViewInclude, toOrderView, type OrderView } from "./to-order-view";

/** The buyer's orders, newest first; orders never opened at Stripe and cancelled are left out (nothing happened). */
export async function listCustomerOrders({ db, customerId, limit = 50 }: { db: Database; customerId: string; limit?: number }): Promise<OrderView[]> {
  const orders = await db.order.findMany({
    where: { customerId, NOT: { status: "cancelled", checkoutSessionId: null } },
    include: orderViewInclude,
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return orders.map((order) => toOrderView(order));
}
