import { AppError } from "@stepperslife/http";
import type { ImageContentType, Storage } from "@stepperslife/storage";
import { createImageUpload } from "@stepperslife/storage/server";
import type { Database } from "../../vertical";
import { findImageOwner } from "./find-image-owner";
import { imagePrefix, MAX_PRODUCT_PHOTOS, type ImageTarget } from "./image-target";

/** A presigned PUT (15 minutes) for a new logo of one of the owner's shops, or a new photo of one of its products. */
export async function createShopImageUpload(options: { db: Database; storage: Storage; ownerId: string; shopId: string; target: ImageTarget; contentType: ImageContentType }) {
  const { db, storage, ownerId, shopId, target, contentType } = options;
  const { product } = await findImageOwner({ db, ownerId, shopId, target });
  if (product && (await db.productImage.count({ where: { productId: product.id } })) >= MAX_PRODUCT_PHOTOS) {
    throw new AppError("unprocessable", `${product.name} has ${MAX_PRODUCT_PHOTOS} photos, the most a product can have. Delete one first.`);
  }
  return createImageUpload(storage, { prefix: imagePrefix(shopId, target), contentType, expiresInSeconds: 900 });
}
