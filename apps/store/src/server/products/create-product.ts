import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { findOwnedShop } from "../shops/find-owned-shop";
import { uniqueSlug } from "../shops/unique-slug";
import type { ProductInput } from "./product-schemas";

/** A new draft product in one of the owner's shops; its page address (/p/<slug>) comes from the name, made unique. */
export async function createProduct({ db, ownerId, shopId, input }: { db: Database; ownerId: string; shopId: string; input: ProductInput }) {
  await findOwnedShop({ db, ownerId, shopId });
  const slug = await uniqueSlug({ name: input.name, fallback: "product", taken: async (slug) => (await db.product.count({ where: { slug } })) > 0 });
  try {
    // A draft: not browsable until it has a variant and a photo and is published, so the catalog stays as it is.
    return await db.product.create({ data: { ...input, slug, shopId, kind: "physical" } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "A product of that name was just created. Please try again.", { cause: error });
    throw error;
  }
}
