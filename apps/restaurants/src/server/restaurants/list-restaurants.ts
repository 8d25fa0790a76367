import type { Database } from "../../vertical";
import { loadBrowseSnapshot } from "./load-browse-snapshot";
import type { RestaurantFilters } from "./restaurant-schemas";
import { toRestaurantCard, type RestaurantCard } from "./to-restaurant-card";

/**
 * Restaurants customers can browse: by name, cuisine and "open now" on each restaurant's own clock. Filters run
 * over the browse snapshot (a few hundred rows at most), so every combination shares one cached query.
 */
export async function listRestaurants({ db, filters, now = new Date(), limit = 100 }: { db: Database; filters: RestaurantFilters; now?: Date; limit?: number }): Promise<RestaurantCard[]> {
  const rows = await loadBrowseSnapshot({ db });
  const q = filters.q?.toLocaleLowerCase("en-US");
  const matching = rows.filter(
    (row) => (!q || row.name.toLocaleLowerCase("en-US").includes(q)) && (!filters.cuisine || row.cuisine === filters.cuisine),
  );
  const cards = matching.map((row) => toRestaurantCard(row, now));
  return (filters.openNow ? cards.filter((card) => card.openNow) : cards).slice(0, limit);
}
