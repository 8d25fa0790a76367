import { AppError } from "@stepperslife/http";
import type { ImageContentType, Storage } from "@stepperslife/storage";
import { createImageUpload } from "@stepperslife/storage/server";
import type { Database } from "../../vertical";
import { findOwnedMenuItem } from "../menu/find-owned-menu-item";
import { findOwnedRestaurant } from "../restaurants/find-owned-restaurant";
import { imagePrefix, type ImageTarget } from "./image-target";

/** A presigned PUT (15 minutes) for a new cover or dish photo of one of the owner's restaurants. */
export async function createRestaurantImageUpload(options: { db: Database; storage: Storage; ownerId: string; restaurantId: string; target: ImageTarget; contentType: ImageContentType }) {
  const { db, storage, ownerId, restaurantId, target, contentType } = options;
  await findOwnedRestaurant({ db, ownerId, restaurantId });
  if (target.target === "item") {
    const item = await findOwnedMenuItem({ db, ownerId, itemId: target.itemId });
    if (item.restaurantId !== restaurantId) throw new AppError("not_found", "There is no such dish in this restaurant.");
  }
  return createImageUpload(storage, { prefix: imagePrefix(restaurantId, target), contentType, expiresInSeconds: 900 });
}
