import type { Database } from "../../vertical";
import { describePriceRange } from "../catalog/describe-price-range";
import { imagePath } from "../catalog/image-path";
import { findOwnedShop } from "../shops/find-owned-shop";
import { findLowStockVariants } from "./find-low-stock-variants";

/** A shop's products for its owner, drafts included: status, stock totals and the variants running low. */
export async function listOwnedProducts({ db, ownerId, shopId }: { db: Database; ownerId: string; shopId: string }) {
  await findOwnedShop({ db, ownerId, shopId });
  const [products, lowStock] = await Promise.all([
    db.product.findMany({
      where: { shopId },
      orderBy: [{ published: "desc" }, { name: "asc" }],
      include: { variants: { select: { priceCents: true, stock: true } }, images: { orderBy: { position: "asc" }, take: 1 } },
    }),
    findLowStockVariants({ db, ownerId, shopId }),
  ]);
  return products.map((product) => {
    const prices = product.variants.map((variant) => variant.priceCents);
    return {
      id: product.id,
      slug: product.slug,
      name: product.name,
      category: product.category,
      published: product.published,
      imageUrl: imagePath(product.images[0]?.key, 160),
      variantCount: product.variants.length,
      stockTotal: product.variants.reduce((sum, variant) => sum + variant.stock, 0),
      price: prices.length ? describePriceRange({ minCents: Math.min(...prices), maxCents: Math.max(...prices) }) : null,
      lowStockThreshold: product.lowStockThreshold,
      lowStock: lowStock.filter((variant) => variant.productId === product.id),
    };
  });
}

export type OwnedProductRow = Awaited<ReturnType<typeof listOwnedProducts>>[number];
