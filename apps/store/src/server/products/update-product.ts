import type { Database } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { findOwnedProduct } from "./find-owned-product";
import type { ProductUpdate } from "./product-schemas";

/** Changes a product's details; its web address stays, so links buyers shared keep working. */
export async function updateProduct({ db, ownerId, productId, input }: { db: Database; ownerId: string; productId: string; input: ProductUpdate }) {
  await findOwnedProduct({ db, ownerId, productId });
  const product = await db.product.update({ where: { id: productId }, data: input });
  forgetCatalogSnapshot({ db });
  return product;
}
