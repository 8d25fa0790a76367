import type { PrismaClient } from "../generated/prisma/client";

/** Row counts of every table, to prove a refused request wrote nothing. */
export async function countRows(db: PrismaClient) {
  const [restaurants, hours, categories, items, orders, orderItems, changes, events] = await Promise.all([
    db.restaurant.count(),
    db.openingHours.count(),
    db.menuCategory.count(),
    db.menuItem.count(),
    db.order.count(),
    db.orderItem.count(),
    db.orderStatusChange.count(),
    db.stripeWebhookEvent.count(),
  ]);
  const updated = await db.restaurant.aggregate({ _max: { updatedAt: true } });
  const itemsUpdated = await db.menuItem.aggregate({ _max: { updatedAt: true } });
  return { restaurants, hours, categories, items, orders, orderItems, changes, events, updated: updated._max.updatedAt, itemsUpdated: itemsUpdated._max.updatedAt };
}
