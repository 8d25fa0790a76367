import type { Database } from "../../vertical";
import { toRestaurantCard } from "./to-restaurant-card";

/** The owner's restaurants, with how many orders wait for them (new, not yet accepted). */
export async function listOwnedRestaurants({ db, ownerId, now = new Date() }: { db: Database; ownerId: string; now?: Date }) {
  const rows = await db.restaurant.findMany({
    where: { ownerId },
    include: { hours: true, _count: { select: { orders: { where: { status: "new" } } } } },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => ({ ...toRestaurantCard(row, now), newOrders: row._count.orders }));
}
