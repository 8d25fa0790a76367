import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { findOwnedMenuItem } from "./find-owned-menu-item";
import type { MenuItemUpdate } from "./menu-schemas";
import { toMenuItemView } from "./to-menu-item-view";

/** Changes a dish (price, tags, sold out…); moving it needs a category of the same restaurant. */
export async function updateMenuItem({ db, ownerId, itemId, input }: { db: Database; ownerId: string; itemId: string; input: MenuItemUpdate }) {
  const current = await findOwnedMenuItem({ db, ownerId, itemId });
  const { removeImage, ...changes } = input;
  if (changes.categoryId && changes.categoryId !== current.categoryId) {
    const target = await db.menuCategory.findFirst({ where: { id: changes.categoryId, restaurantId: current.restaurantId } });
    if (!target) throw new AppError("unprocessable", "Move dishes only between this restaurant's categories.", { fields: [{ path: "body.categoryId", message: "unknown category" }] });
  }
  const item = await db.menuItem.update({ where: { id: itemId }, data: { ...changes, ...(removeImage ? { imageKey: null } : {}) } });
  return { item: toMenuItemView(item), removedImageKey: removeImage ? current.imageKey : null };
}
