import type { Database } from "../database";
import type { RestaurantFilters } from "./restaurant-schemas";
import { toRestaurantCard, type RestaurantCard } from "./to-restaurant-card";

/** Restaurants customers can browse: by name, cuisine and "open now" on each restaurant's own clock. */
export async function listRestaurants({ db, filters, now = new Date(), limit = 100 }: { db: Database; filters: RestaurantFilters; now?: Date; limit?: number }): Promise<RestaurantCard[]> {
  const rows = await db.restaurant.findMany({
    where: {
      ...(filters.q ? { name: { contains: filters.q, mode: "insensitive" as const } } : {}),
      ...(filters.cuisine ? { cuisine: filters.cuisine } : {}),
    },
    include: { hours: true },
    orderBy: { name: "asc" },
    take: 500,
  });
  const cards = rows.map((row) => toRestaurantCard(row, now));
  return (filters.openNow ? cards.filter((card) => card.openNow) : cards).slice(0, limit);
}
