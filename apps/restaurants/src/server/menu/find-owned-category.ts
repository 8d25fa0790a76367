import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** A menu category of one of the owner's restaurants; 404 for anyone else's. */
export async function findOwnedCategory({ db, ownerId, categoryId }: { db: Database; ownerId: string; categoryId: string }) {
  const category = await db.menuCategory.findFirst({ where: { id: categoryId, restaurant: { ownerId } } });
  if (!category) throw new AppError("not_found", "There is no such menu category among yours.");
  return category;
}
