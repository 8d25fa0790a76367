import type { Database } from "../../vertical";
import { findOwnedRestaurant } from "../restaurants/find-owned-restaurant";

/** Adds a category at the bottom of the owner's menu. */
export async function createMenuCategory({ db, ownerId, restaurantId, name }: { db: Database; ownerId: string; restaurantId: string; name: string }) {
  await findOwnedRestaurant({ db, ownerId, restaurantId });
  const last = await db.menuCategory.aggregate({ where: { restaurantId }, _max: { position: true } });
  return db.menuCategory.create({ data: { restaurantId, name, position: (last._max.position ?? -1) + 1 } });
}
