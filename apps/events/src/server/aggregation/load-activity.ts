import type { ActivityItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { listMyOrders } from "../orders/list-my-orders";

const statusLabel = { awaiting_payment: "awaiting payment", paid: "tickets issued", cancelled: "cancelled", refunded: "refunded", expired: "expired" } as const;

/** The signed-in person's ticket orders for the portal's "my activity". */
export async function loadActivity({ db, baseUrl, buyerId }: { db: Database; baseUrl: string; buyerId: string }): Promise<ActivityItem[]> {
  const orders = await listMyOrders({ db, buyerId, limit: 50 });
  return orders.map((order) => ({
    id: order.id,
    app: "events",
    kind: "ticket",
    title: `${order.tickets || ""} ${order.tickets === 1 ? "ticket" : "tickets"} · ${order.event.title}`.trim().slice(0, 200),
    status: statusLabel[order.status],
    url: `${baseUrl}/orders/${order.id}`,
    amount: { amountCents: order.totalCents, currency: order.currency.toUpperCase() },
    occurredAt: order.createdAt,
  }));
}
