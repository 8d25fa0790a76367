import type { Database } from "../../vertical";
import { findOwnedMenuItem } from "./find-owned-menu-item";

/** Deletes a dish; past orders keep their copied name and price. Returns its image key for removal from the bucket. */
export async function deleteMenuItem({ db, ownerId, itemId }: { db: Database; ownerId: string; itemId: string }): Promise<string | null> {
  const item = await findOwnedMenuItem({ db, ownerId, itemId });
  await db.menuItem.delete({ where: { id: itemId } });
  return item.imageKey;
}
