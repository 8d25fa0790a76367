import type { Database } from "../../vertical";
import { formatEventTime } from "../events/format-event-time";

/**
 * The buyer's orders, newest first, with their event (when, on the venue's clock, and where) and what each carries:
 * the ticket types and quantities bought, and how many tickets were issued ("my tickets").
 */
export async function listMyOrders({ db, buyerId, limit = 50 }: { db: Database; buyerId: string; limit?: number }) {
  const orders = await db.order.findMany({
    where: { buyerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    include: {
      event: { select: { slug: true, title: true, startsAt: true, endsAt: true, timeZone: true, venue: true, city: true } },
      lines: { select: { name: true, quantity: true }, orderBy: { name: "asc" } },
      _count: { select: { tickets: true } },
    },
  });
  return orders.map(({ event, lines, ...order }) => ({
    id: order.id,
    status: order.status,
    totalCents: order.totalCents,
    currency: order.currency,
    createdAt: order.createdAt.toISOString(),
    tickets: order._count.tickets,
    lines,
    event: {
      slug: event.slug,
      title: event.title,
      venue: event.venue,
      city: event.city,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      when: formatEventTime(event.startsAt, event.timeZone),
    },
  }));
}

export type MyOrder = Awaited<ReturnType<typeof listMyOrders>>[number];
