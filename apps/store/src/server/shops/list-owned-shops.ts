import type { Database } from "../../vertical";
import { imagePath } from "../catalog/image-path";
import { findLowStockVariants } from "../products/find-low-stock-variants";

/**
 * The owner's shops for the dashboard: products (published of all), the variants running low, and how many paid
 * shipments wait to be packed and how many returns wait for an answer.
 */
export async function listOwnedShops({ db, ownerId }: { db: Database; ownerId: string }) {
  const [shops, lowStock] = await Promise.all([
    db.shop.findMany({
      where: { ownerId },
      orderBy: { name: "asc" },
      include: { _count: { select: { products: true, shipments: { where: { status: "paid" } }, returns: { where: { status: "requested" } } } } },
    }),
    findLowStockVariants({ db, ownerId }),
  ]);
  const published = await db.product.groupBy({ by: ["shopId"], where: { shopId: { in: shops.map(({ id }) => id) }, published: true }, _count: { _all: true } });
  return shops.map((shop) => ({
    id: shop.id,
    slug: shop.slug,
    name: shop.name,
    city: shop.city,
    region: shop.region,
    logoUrl: imagePath(shop.logoKey, 160),
    productCount: shop._count.products,
    publishedCount: published.find((row) => row.shopId === shop.id)?._count._all ?? 0,
    toPack: shop._count.shipments,
    returnsToAnswer: shop._count.returns,
    lowStock: lowStock.filter((variant) => variant.shopId === shop.id),
  }));
}
