import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** A dish of one of the owner's restaurants; 404 for anyone else's. */
export async function findOwnedMenuItem({ db, ownerId, itemId }: { db: Database; ownerId: string; itemId: string }) {
  const item = await db.menuItem.findFirst({ where: { id: itemId, restaurant: { ownerId } } });
  if (!item) throw new AppError("not_found", "There is no such dish among yours.");
  return item;
}
