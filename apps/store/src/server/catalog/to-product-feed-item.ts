import type { FeedItem } from "@stepperslife/contracts";
import type { ProductCard } from "./to-product-card";

/** A product card as the portal's contract wants it: absolute links, the "from" price in cents, upper-case currency. */
export function toProductFeedItem({ card, baseUrl }: { card: ProductCard; baseUrl: string }): FeedItem {
  return {
    id: card.slug,
    app: "store",
    kind: "product",
    title: card.name,
    summary: `${card.shop.name} · ${card.categoryLabel} · ${card.price.label}${card.inStock ? "" : " · sold out"}`.slice(0, 500),
    image: card.imageUrl ? `${baseUrl}${card.imageUrl}` : null,
    url: `${baseUrl}/p/${card.slug}`,
    startsAt: null,
    endsAt: null,
    price: { amountCents: card.price.minCents, currency: "USD" },
    updatedAt: card.updatedAt,
  };
}
