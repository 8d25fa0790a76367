import type { FeedItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { imagePath } from "../images/image-path";
import { toRestaurantCard } from "../restaurants/to-restaurant-card";
import { toRestaurantFeedItem } from "./to-restaurant-feed-item";

/** Restaurants whose name, cuisine or city matches, then dishes whose name matches; best (restaurants) first. */
export async function searchRestaurants({ db, baseUrl, q, limit, now = new Date() }: { db: Database; baseUrl: string; q: string; limit: number; now?: Date }): Promise<FeedItem[]> {
  const contains = { contains: q, mode: "insensitive" as const };
  const restaurants = await db.restaurant.findMany({
    where: { OR: [{ name: contains }, { cuisine: contains }, { city: contains }] },
    include: { hours: true },
    orderBy: { name: "asc" },
    take: limit,
  });
  const dishes = await db.menuItem.findMany({
    where: { name: contains },
    include: { restaurant: { select: { slug: true, name: true } } },
    orderBy: { name: "asc" },
    take: Math.max(0, limit - restaurants.length),
  });
  return [
    ...restaurants.map((row) => toRestaurantFeedItem({ card: toRestaurantCard(row, now), baseUrl, fromCents: null })),
    ...dishes.map(
      (dish): FeedItem => ({
        id: `dish-${dish.id}`,
        app: "restaurants",
        kind: "dish",
        title: dish.name,
        summary: `${dish.restaurant.name}${dish.soldOut ? " · sold out" : ""}${dish.description ? ` · ${dish.description}` : ""}`.slice(0, 500),
        image: dish.imageKey ? `${baseUrl}${imagePath(dish.imageKey, 320)}` : null,
        url: `${baseUrl}/r/${dish.restaurant.slug}#dish-${dish.id}`,
        startsAt: null,
        endsAt: null,
        price: { amountCents: dish.priceCents, currency: "USD" },
        updatedAt: dish.updatedAt.toISOString(),
      }),
    ),
  ];
}
