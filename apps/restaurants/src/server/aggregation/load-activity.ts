import type { ActivityItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { listCustomerOrders } from "../orders/list-customer-orders";

/** The signed-in person's pickup orders for the portal's "my activity". */
export async function loadActivity({ db, baseUrl, customerId }: { db: Database; baseUrl: string; customerId: string }): Promise<ActivityItem[]> {
  const orders = await listCustomerOrders({ db, customerId, limit: 50 });
  return orders.map((order) => ({
    id: order.id,
    app: "restaurants",
    kind: "order",
    title: `Pickup from ${order.restaurant.name}`,
    status: order.statusLabel,
    url: `${baseUrl}/orders/${order.id}`,
    amount: { amountCents: order.totalCents, currency: order.currency.toUpperCase() },
    occurredAt: order.createdAt,
  }));
}
