import type { FeedItem } from "@stepperslife/contracts";
import type { Database } from "../../vertical";
import { noFilters } from "../catalog/catalog-schemas";
import { imagePath } from "../catalog/image-path";
import { listProducts } from "../catalog/list-products";
import { toProductFeedItem } from "../catalog/to-product-feed-item";

/**
 * The portal's search: shops whose name or city matches (those with something for sale), then published products
 * whose name, shop, category or colours hold every word of the query; best (shops) first, `limit` in all.
 */
export async function searchProducts({ db, baseUrl, q, limit, now = new Date() }: { db: Database; baseUrl: string; q: string; limit: number; now?: Date }): Promise<FeedItem[]> {
  const contains = { contains: q, mode: "insensitive" as const };
  const [shops, cards] = await Promise.all([
    db.shop.findMany({
      where: { OR: [{ name: contains }, { city: contains }], products: { some: { published: true } } },
      orderBy: { name: "asc" },
      take: limit,
    }),
    listProducts({ db, filters: { ...noFilters, q }, now, limit }),
  ]);
  const shopItems = shops.map((shop): FeedItem => {
    const logo = imagePath(shop.logoKey, 320);
    return {
      id: `shop-${shop.slug}`,
      app: "store",
      kind: "shop",
      title: shop.name,
      summary: `Shop · ${shop.city}, ${shop.region}${shop.story ? ` · ${shop.story}` : ""}`.slice(0, 500),
      image: logo ? `${baseUrl}${logo}` : null,
      url: `${baseUrl}/shops/${shop.slug}`,
      startsAt: null,
      endsAt: null,
      price: null,
      updatedAt: shop.updatedAt.toISOString(),
    };
  });
  return [...shopItems, ...cards.map((card) => toProductFeedItem({ card, baseUrl }))].slice(0, limit);
}
