import { AppError } from "@stepperslife/http";
import { isDemoImageKey, type Storage } from "@stepperslife/storage";
import { confirmImageUpload, removeObject } from "@stepperslife/storage/server";
import type { Database } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { imagePath } from "../catalog/image-path";
import { findImageOwner } from "./find-image-owner";
import { imagePrefix, MAX_PRODUCT_PHOTOS, type ImageTarget } from "./image-target";

/**
 * After the browser's upload: confirms it (a JPEG/PNG/WebP of at most 5 MB, copied to the confirmed namespace; a
 * refused one is deleted), then makes it the shop's logo (deleting the one it replaces) or adds it as the product's
 * last photo (the first one becomes the cover).
 */
export async function attachShopImage(options: { db: Database; storage: Storage; ownerId: string; shopId: string; target: ImageTarget; key: string }) {
  const { db, storage, ownerId, shopId, target, key } = options;
  const { shop, product } = await findImageOwner({ db, ownerId, shopId, target });
  const image = await confirmImageUpload(storage, { key, prefix: imagePrefix(shopId, target) });
  const view = { key: image.key, contentType: image.contentType, width: image.width, height: image.height, url: imagePath(image.key, 640)! };
  if (!product) {
    await db.shop.update({ where: { id: shopId }, data: { logoKey: image.key } });
    forgetCatalogSnapshot({ db });
    if (shop.logoKey && shop.logoKey !== image.key && !isDemoImageKey(shop.logoKey)) await removeObject(storage, shop.logoKey);
    return view;
  }
  const photo = await db.$transaction(async (tx) => {
    // Counted again here: two uploads confirmed at once must not pass the limit together.
    await tx.$queryRaw`SELECT 1 FROM products WHERE id = ${product.id}::uuid FOR UPDATE`;
    const last = await tx.productImage.aggregate({ where: { productId: product.id }, _max: { position: true }, _count: { _all: true } });
    if (last._count._all >= MAX_PRODUCT_PHOTOS) return null;
    return tx.productImage.create({ data: { productId: product.id, key: image.key, alt: product.name, position: (last._max.position ?? -1) + 1 } });
  });
  if (!photo) {
    await removeObject(storage, image.key);
    throw new AppError("unprocessable", `${product.name} has ${MAX_PRODUCT_PHOTOS} photos, the most a product can have. Delete one first.`);
  }
  forgetCatalogSnapshot({ db });
  return { ...view, id: photo.id, thumbnailUrl: imagePath(image.key, 160)! };
}
