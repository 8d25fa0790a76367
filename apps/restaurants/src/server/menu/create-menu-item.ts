import type { Database } from "../../vertical";
import { findOwnedCategory } from "./find-owned-category";
import type { MenuItemInput } from "./menu-schemas";
import { toMenuItemView } from "./to-menu-item-view";

/** Adds a dish at the bottom of one of the owner's categories. */
export async function createMenuItem({ db, ownerId, input }: { db: Database; ownerId: string; input: MenuItemInput }) {
  const category = await findOwnedCategory({ db, ownerId, categoryId: input.categoryId });
  const last = await db.menuItem.aggregate({ where: { categoryId: category.id }, _max: { position: true } });
  const item = await db.menuItem.create({ data: { ...input, restaurantId: category.restaurantId, position: (last._max.position ?? -1) + 1 } });
  return toMenuItemView(item);
}
