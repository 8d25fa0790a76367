import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { findOwnedProduct } from "./find-owned-product";

/**
 * Publishes or unpublishes a product. A product buyers could not choose or see is refused, saying what is missing:
 * at least one variant (its price and stock) and at least one photo. The first publication dates it for "new".
 */
export async function setProductPublished({ db, ownerId, productId, published }: { db: Database; ownerId: string; productId: string; published: boolean }) {
  const product = await findOwnedProduct({ db, ownerId, productId });
  if (published) {
    const [variants, images] = await Promise.all([db.productVariant.count({ where: { productId } }), db.productImage.count({ where: { productId } })]);
    const missing = [variants === 0 ? "a size or colour with its price and stock" : null, images === 0 ? "a photo" : null].filter(Boolean);
    if (missing.length > 0) throw new AppError("unprocessable", `Add ${missing.join(" and ")} before publishing ${product.name}.`);
  }
  const updated = await db.product.update({
    where: { id: productId },
    data: { published, ...(published && !product.publishedAt ? { publishedAt: new Date() } : {}) },
  });
  forgetCatalogSnapshot({ db });
  return { id: updated.id, published: updated.published, publishedAt: updated.publishedAt };
}
