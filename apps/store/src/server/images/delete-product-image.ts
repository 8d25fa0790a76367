import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { findOwnedProduct } from "../products/find-owned-product";

/**
 * Deletes one photo of a product and returns its key (the caller removes the object). A published product keeps at
 * least one photo: buyers never see a product without a picture.
 */
export async function deleteProductImage({ db, ownerId, productId, imageId }: { db: Database; ownerId: string; productId: string; imageId: string }): Promise<string> {
  const product = await findOwnedProduct({ db, ownerId, productId });
  const key = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM products WHERE id = ${productId}::uuid FOR UPDATE`;
    const image = await tx.productImage.findFirst({ where: { id: imageId, productId } });
    if (!image) throw new AppError("not_found", "There is no such photo of this product.");
    const current = await tx.product.findUniqueOrThrow({ where: { id: productId }, select: { published: true } });
    if (current.published && (await tx.productImage.count({ where: { productId } })) === 1) {
      throw new AppError("unprocessable", `${product.name} is published and this is its only photo. Add another or unpublish it first.`);
    }
    await tx.productImage.delete({ where: { id: image.id } });
    return image.key;
  });
  forgetCatalogSnapshot({ db });
  return key;
}
