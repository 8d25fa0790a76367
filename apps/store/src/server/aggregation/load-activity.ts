import type { ActivityItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { listCustomerOrders } from "../orders/list-customer-orders";

/** The signed-in buyer's orders for the portal's "my activity": one item per order, named by its shops. */
export async function loadActivity({ db, baseUrl, customerId }: { db: Database; baseUrl: string; customerId: string }): Promise<ActivityItem[]> {
  const orders = await listCustomerOrders({ db, customerId, limit: 50 });
  return orders.map((order) => {
    const shops = order.shipments.map((shipment) => shipment.shop.name);
    const pieces = order.shipments.flatMap((shipment) => shipment.lines).reduce((sum, line) => sum + line.quantity, 0);
    const statuses = [...new Set(order.shipments.map((shipment) => shipment.statusLabel))];
    return {
      id: order.id,
      app: "store",
      kind: "order",
      title: `${pieces} ${pieces === 1 ? "item" : "items"} from ${shops.join(", ")}`,
      status: order.status === "paid" ? statuses.join(" · ") : order.statusLabel,
      url: `${baseUrl}/orders/${order.id}`,
      amount: { amountCents: order.totalCents, currency: order.currency.toUpperCase() },
      occurredAt: order.createdAt.toISOString(),
    };
  });
}
