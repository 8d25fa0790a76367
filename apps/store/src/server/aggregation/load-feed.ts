import type { FeedItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { noFilters } from "../catalog/catalog-schemas";
import { listProducts } from "../catalog/list-products";
import { toProductFeedItem } from "../catalog/to-product-feed-item";

/** The portal's "New in the store": the newest published products, in stock first (a sold-out one is not news). */
export async function loadFeed({ db, baseUrl, now = new Date() }: { db: Database; baseUrl: string; now?: Date }): Promise<FeedItem[]> {
  const cards = await listProducts({ db, filters: noFilters, now, limit: 40 });
  return cards
    .toSorted((a, b) => Number(b.inStock) - Number(a.inStock))
    .slice(0, 20)
    .map((card) => toProductFeedItem({ card, baseUrl }));
}
