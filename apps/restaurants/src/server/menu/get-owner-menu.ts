import type { Database } from "../../vertical";
import { findOwnedRestaurant } from "../restaurants/find-owned-restaurant";
import { toMenuItemView } from "./to-menu-item-view";

/** The menu editor's view of one of the owner's restaurants: categories and items in their order. */
export async function getOwnerMenu({ db, ownerId, restaurantId }: { db: Database; ownerId: string; restaurantId: string }) {
  await findOwnedRestaurant({ db, ownerId, restaurantId });
  const categories = await db.menuCategory.findMany({
    where: { restaurantId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    include: { items: { orderBy: [{ position: "asc" }, { name: "asc" }] } },
  });
  return categories.map((category) => ({ id: category.id, name: category.name, position: category.position, items: category.items.map(toMenuItemView) }));
}
