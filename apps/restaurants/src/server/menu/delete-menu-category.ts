import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { findOwnedCategory } from "./find-owned-category";

/** Deletes an empty category (409 while it still holds items, so no dish disappears by accident). */
export async function deleteMenuCategory({ db, ownerId, categoryId }: { db: Database; ownerId: string; categoryId: string }) {
  await findOwnedCategory({ db, ownerId, categoryId });
  if (await db.menuItem.count({ where: { categoryId } })) throw new AppError("conflict", "Move or delete the dishes in this category first.");
  await db.menuCategory.delete({ where: { id: categoryId } });
}
