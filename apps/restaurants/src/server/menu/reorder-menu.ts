import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { findOwnedRestaurant } from "../restaurants/find-owned-restaurant";
import type { MenuOrder } from "./menu-schemas";

/**
 * Sets the order of categories and of the items within them (items may move between categories). Every id must
 * belong to this restaurant, and every category and item must be listed exactly once: 422 otherwise.
 */
export async function reorderMenu({ db, ownerId, restaurantId, order }: { db: Database; ownerId: string; restaurantId: string; order: MenuOrder }) {
  await findOwnedRestaurant({ db, ownerId, restaurantId });
  const [categories, items] = await Promise.all([
    db.menuCategory.findMany({ where: { restaurantId }, select: { id: true } }),
    db.menuItem.findMany({ where: { restaurantId }, select: { id: true } }),
  ]);
  const sameSet = (known: { id: string }[], listed: string[]) =>
    listed.length === known.length && new Set(listed).size === listed.length && known.every(({ id }) => listed.includes(id));
  if (!sameSet(categories, order.categories.map((category) => category.id)) || !sameSet(items, order.categories.flatMap((category) => category.itemIds))) {
    throw new AppError("unprocessable", "List every category and dish of this menu exactly once.");
  }
  await db.$transaction([
    ...order.categories.map((category, position) => db.menuCategory.update({ where: { id: category.id }, data: { position } })),
    ...order.categories.flatMap((category) =>
      category.itemIds.map((itemId, position) => db.menuItem.update({ where: { id: itemId }, data: { categoryId: category.id, position } })),
    ),
  ]);
}
