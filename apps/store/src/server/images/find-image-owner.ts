import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { findOwnedProduct } from "../products/find-owned-product";
import { findOwnedShop } from "../shops/find-owned-shop";
import type { ImageTarget } from "./image-target";

/** The owner's shop and, for a product photo, its product of that shop; 404 for anything else. */
export async function findImageOwner({ db, ownerId, shopId, target }: { db: Database; ownerId: string; shopId: string; target: ImageTarget }) {
  const shop = await findOwnedShop({ db, ownerId, shopId });
  const product = target.target === "product" ? await findOwnedProduct({ db, ownerId, productId: target.productId }) : null;
  if (product && product.shopId !== shopId) throw new AppError("not_found", "There is no such product in this shop.");
  return { shop, product };
}
