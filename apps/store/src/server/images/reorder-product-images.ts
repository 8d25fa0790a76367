import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { findOwnedProduct } from "../products/find-owned-product";

/** Puts a product's photos in the given order (the first is the cover); the list must be exactly its photos. */
export async function reorderProductImages({ db, ownerId, productId, imageIds }: { db: Database; ownerId: string; productId: string; imageIds: string[] }) {
  await findOwnedProduct({ db, ownerId, productId });
  await db.$transaction(async (tx) => {
    const images = await tx.productImage.findMany({ where: { productId }, select: { id: true } });
    const ours = new Set(images.map(({ id }) => id));
    if (imageIds.some((id) => !ours.has(id))) throw new AppError("not_found", "There is no such photo of this product.");
    if (new Set(imageIds).size !== ours.size || imageIds.length !== ours.size) {
      throw new AppError("conflict", "The photos changed since this page was loaded. Reload it and order them again.");
    }
    for (const [position, id] of imageIds.entries()) await tx.productImage.update({ where: { id }, data: { position } });
  });
  forgetCatalogSnapshot({ db });
  return { imageIds };
}
