import type { Database } from "../../vertical";
import { findOwnedEvent } from "./find-owned-event";

/**
 * The organizer's sales of one event: per ticket type, tickets sold, held and left and gross revenue (before promo
 * codes); per day (in the event's time zone), orders paid and revenue collected (after promo codes, before refunds
 * are taken off: refunded orders are counted separately).
 */
export async function loadSales({ db, organizerId, eventId }: { db: Database; organizerId: string; eventId: string }) {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  const gross = await db.orderLine.groupBy({ by: ["ticketTypeId"], where: { order: { eventId: event.id, status: "paid" } }, _sum: { quantity: true } });
  const lineRevenue = await db.$queryRaw<{ ticket_type_id: string; cents: bigint }[]>`
    SELECT l.ticket_type_id::text AS ticket_type_id, SUM(l.unit_price_cents * l.quantity)::bigint AS cents
    FROM order_lines l JOIN orders o ON o.id = l.order_id
    WHERE o.event_id = ${event.id}::uuid AND o.status = 'paid' GROUP BY l.ticket_type_id`;
  const days = await db.$queryRaw<{ day: string; orders: bigint; cents: bigint }[]>`
    SELECT to_char((paid_at AT TIME ZONE 'UTC') AT TIME ZONE ${event.timeZone}, 'YYYY-MM-DD') AS day, COUNT(*)::bigint AS orders, SUM(total_cents)::bigint AS cents
    FROM orders WHERE event_id = ${event.id}::uuid AND status = 'paid' AND paid_at IS NOT NULL GROUP BY 1 ORDER BY 1`;
  const refunded = await db.order.aggregate({ where: { eventId: event.id, status: "refunded" }, _count: true, _sum: { totalCents: true } });
  const revenueOf = new Map(lineRevenue.map((row) => [row.ticket_type_id, Number(row.cents)]));
  const issued = new Map(gross.map((row) => [row.ticketTypeId, row._sum.quantity ?? 0]));
  return {
    event: { id: event.id, title: event.title, timeZone: event.timeZone },
    ticketTypes: event.ticketTypes.map((type) => ({ id: type.id, name: type.name, priceCents: type.priceCents, capacity: type.capacity, sold: type.sold, held: type.held, paidTickets: issued.get(type.id) ?? 0, grossCents: revenueOf.get(type.id) ?? 0 })),
    days: days.map((row) => ({ day: row.day, orders: Number(row.orders), revenueCents: Number(row.cents) })),
    totals: {
      revenueCents: days.reduce((sum, row) => sum + Number(row.cents), 0),
      refundedOrders: refunded._count,
      refundedCents: refunded._sum.totalCents ?? 0,
    },
  };
}
