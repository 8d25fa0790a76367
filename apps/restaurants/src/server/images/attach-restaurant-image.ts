import { AppError } from "@stepperslife/http";
import { isDemoImageKey, type Storage } from "@stepperslife/storage";
import { confirmImageUpload, removeObject } from "@stepperslife/storage/server";
import type { Database } from "../../vertical";
import { findOwnedMenuItem } from "../menu/find-owned-menu-item";
import { findOwnedRestaurant } from "../restaurants/find-owned-restaurant";
import { forgetBrowseSnapshot } from "../restaurants/forget-browse-snapshot";
import { imagePath } from "./image-path";
import { imagePrefix, type ImageTarget } from "./image-target";

/**
 * After the browser's upload: confirms it (a JPEG/PNG/WebP of at most 5 MB, copied to the confirmed namespace; a
 * refused one is deleted), then makes the confirmed image the cover or dish photo and deletes the picture it replaces.
 */
export async function attachRestaurantImage(options: { db: Database; storage: Storage; ownerId: string; restaurantId: string; target: ImageTarget; key: string }) {
  const { db, storage, ownerId, restaurantId, target, key } = options;
  const restaurant = await findOwnedRestaurant({ db, ownerId, restaurantId });
  const item = target.target === "item" ? await findOwnedMenuItem({ db, ownerId, itemId: target.itemId }) : null;
  if (item && item.restaurantId !== restaurantId) throw new AppError("not_found", "There is no such dish in this restaurant.");
  const image = await confirmImageUpload(storage, { key, prefix: imagePrefix(restaurantId, target) });
  const previous = item ? item.imageKey : restaurant.coverImageKey;
  if (item) await db.menuItem.update({ where: { id: item.id }, data: { imageKey: image.key } });
  else {
    await db.restaurant.update({ where: { id: restaurantId }, data: { coverImageKey: image.key } });
    forgetBrowseSnapshot({ db });
  }
  if (previous && previous !== image.key && !isDemoImageKey(previous)) await removeObject(storage, previous);
  return { key: image.key, contentType: image.contentType, width: image.width, height: image.height, imageUrl: imagePath(image.key, 640) };
}
