import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** The product if its shop is `ownerId`'s; 404 otherwise, so another owner's product looks exactly like a missing one. */
export async function findOwnedProduct({ db, ownerId, productId }: { db: Database; ownerId: string; productId: string }) {
  const product = await db.product.findFirst({ where: { id: productId, shop: { ownerId } } });
  if (!product) throw new AppError("not_found", "There is no such product in your shops.");
  return product;
}
