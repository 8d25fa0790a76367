import type { Database } from "../../vertical";
import { formatEventTime } from "../events/format-event-time";

/** The buyer's orders, newest first, with their event and how many tickets each carries ("my tickets"). */
export async function listMyOrders({ db, buyerId, limit = 50 }: { db: Database; buyerId: string; limit?: number }) {
  const orders = await db.order.findMany({
    where: { buyerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    include: { event: { select: { slug: true, title: true, startsAt: true, endsAt: true, timeZone: true, city: true } }, _count: { select: { tickets: true } } },
  });
  return orders.map((order) => ({
    id: order.id,
    status: order.status,
    totalCents: order.totalCents,
    currency: order.currency,
    createdAt: order.createdAt.toISOString(),
    tickets: order._count.tickets,
    event: { slug: order.event.slug, title: order.event.title, city: order.event.city, startsAt: order.event.startsAt.toISOString(), endsAt: order.event.endsAt.toISOString(), when: formatEventTime(order.event.startsAt, order.event.timeZone) },
  }));
}
