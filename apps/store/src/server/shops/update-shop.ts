import type { Database } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { findOwnedShop } from "./find-owned-shop";
import type { ShopUpdateInput } from "./shop-schemas";

/**
 * Changes an owner's shop profile (its web address stays: buyers' links keep working). Returns the logo key that was
 * removed, for the caller to delete from the bucket.
 */
export async function updateShop({ db, ownerId, shopId, input }: { db: Database; ownerId: string; shopId: string; input: ShopUpdateInput }) {
  const current = await findOwnedShop({ db, ownerId, shopId });
  const { removeLogo, ...profile } = input;
  const shop = await db.shop.update({ where: { id: shopId }, data: { ...profile, ...(removeLogo ? { logoKey: null } : {}) } });
  forgetCatalogSnapshot({ db });
  return { shop, removedLogoKey: removeLogo ? current.logoKey : null };
}
