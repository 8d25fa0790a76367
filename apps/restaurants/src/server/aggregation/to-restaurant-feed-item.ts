import type { FeedItem } from "@stepperslife/contracts";
import type { RestaurantCard } from "../restaurants/to-restaurant-card";

/** A restaurant card as the portal's contract wants it: absolute links, price in cents and an upper-case currency. */
export function toRestaurantFeedItem({ card, baseUrl, fromCents }: { card: RestaurantCard; baseUrl: string; fromCents: number | null }): FeedItem {
  const today = card.hoursToday.length ? `Today ${card.hoursToday.join(", ")}` : "Closed today";
  return {
    id: card.slug,
    app: "restaurants",
    kind: "restaurant",
    title: card.name,
    summary: `${card.cuisine} · ${card.city}, ${card.region} · ${card.openNow ? "Open now" : today}`.slice(0, 500),
    image: card.coverImageUrl ? `${baseUrl}${card.coverImageUrl}` : null,
    url: `${baseUrl}/r/${card.slug}`,
    startsAt: null,
    endsAt: null,
    price: fromCents === null ? null : { amountCents: fromCents, currency: "USD" },
    updatedAt: card.updatedAt,
  };
}
