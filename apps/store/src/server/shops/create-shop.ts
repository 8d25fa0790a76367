import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import type { ShopProfileInput } from "./shop-schemas";
import { uniqueSlug } from "./unique-slug";

/** A new shop owned by `ownerId`; its web address (/shops/<slug>) comes from the name, made unique. */
export async function createShop({ db, ownerId, input }: { db: Database; ownerId: string; input: ShopProfileInput }) {
  const slug = await uniqueSlug({ name: input.name, fallback: "shop", taken: async (slug) => (await db.shop.count({ where: { slug } })) > 0 });
  try {
    // Not browsable until it has a published product, so the catalog snapshot stays as it is.
    return await db.shop.create({ data: { ...input, slug, ownerId } });
  } catch (error) {
    // Two shops of the same name created at once: the loser tries again rather than taking the other's address.
    if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "A shop of that name was just created. Please try again.", { cause: error });
    throw error;
  }
}
