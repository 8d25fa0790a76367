import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** The shop if `ownerId` owns it; 404 otherwise, so another owner's shop looks exactly like a missing one. */
export async function findOwnedShop({ db, ownerId, shopId }: { db: Database; ownerId: string; shopId: string }) {
  const shop = await db.shop.findFirst({ where: { id: shopId, ownerId } });
  if (!shop) throw new AppError("not_found", "There is no such shop among yours.");
  return shop;
}
