import type { Database } from "../../vertical";
import { imagePath } from "../catalog/image-path";
import { findOwnedProduct } from "./find-owned-product";

/** One product as its editor shows it: details, photos in order (with thumbnails) and the variant matrix. */
export async function getOwnedProduct({ db, ownerId, productId }: { db: Database; ownerId: string; productId: string }) {
  const product = await findOwnedProduct({ db, ownerId, productId });
  const [images, variants] = await Promise.all([
    db.productImage.findMany({ where: { productId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.productVariant.findMany({ where: { productId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
  ]);
  return {
    id: product.id,
    shopId: product.shopId,
    slug: product.slug,
    name: product.name,
    description: product.description,
    category: product.category,
    published: product.published,
    publishedAt: product.publishedAt,
    lowStockThreshold: product.lowStockThreshold,
    images: images.map((image) => ({ id: image.id, key: image.key, alt: image.alt, thumbnailUrl: imagePath(image.key, 160)!, url: imagePath(image.key, 640)! })),
    variants: variants.map(({ id, size, colour, sku, priceCents, stock }) => ({ id, size, colour, sku, priceCents, stock })),
  };
}

export type OwnedProduct = Awaited<ReturnType<typeof getOwnedProduct>>;
