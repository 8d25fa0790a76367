import type { Database } from "../../vertical";
import { findOwnedCategory } from "./find-owned-category";

export async function renameMenuCategory({ db, ownerId, categoryId, name }: { db: Database; ownerId: string; categoryId: string; name: string }) {
  await findOwnedCategory({ db, ownerId, categoryId });
  return db.menuCategory.update({ where: { id: categoryId }, data: { name } });
}
