import type { PrismaClient } from "../generated/prisma/client";

/** Row counts and seat counters of every table, to prove a refused request wrote nothing. */
export async function countRows(db: PrismaClient) {
  const [events, ticketTypes, orders, lines, tickets, promos, webhookEvents, seats] = await Promise.all([
    db.event.count(),
    db.ticketType.count(),
    db.order.count(),
    db.orderLine.count(),
    db.ticket.count(),
    db.promoCode.aggregate({ _sum: { uses: true } }),
    db.stripeWebhookEvent.count(),
    db.ticketType.aggregate({ _sum: { sold: true, held: true } }),
  ]);
  return { events, ticketTypes, orders, lines, tickets, promoUses: promos._sum.uses, webhookEvents, sold: seats._sum.sold, held: seats._sum.held };
}
