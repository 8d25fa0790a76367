import type { FeedItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { listRestaurants } from "../restaurants/list-restaurants";
import { toRestaurantFeedItem } from "./to-restaurant-feed-item";

/**
 * The portal's restaurants section: kitchens open now first, then the rest (each card says which, and pickup can be
 * ordered ahead), each with its cheapest dish as the "from" price. The section is titled "Restaurants", not "open
 * now": in the small hours every kitchen is closed, and a closed one must not sit under a heading that says open.
 */
export async function loadFeed({ db, baseUrl, now = new Date() }: { db: Database; baseUrl: string; now?: Date }): Promise<FeedItem[]> {
  const cards = await listRestaurants({ db, filters: { openNow: false }, now });
  const cheapest = await db.menuItem.groupBy({ by: ["restaurantId"], where: { soldOut: false }, _min: { priceCents: true } });
  const fromPrice = new Map(cheapest.map((row) => [row.restaurantId, row._min.priceCents]));
  return cards
    .toSorted((a, b) => Number(b.openNow) - Number(a.openNow))
    .slice(0, 20)
    .map((card) => toRestaurantFeedItem({ card, baseUrl, fromCents: fromPrice.get(card.id) ?? null }));
}
