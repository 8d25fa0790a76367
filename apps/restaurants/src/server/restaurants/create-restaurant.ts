import { randomBytes } from "node:crypto";
import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { forgetBrowseSnapshot } from "./forget-browse-snapshot";
import type { RestaurantProfileInput } from "./restaurant-schemas";
import { slugify } from "@stepperslife/format";

/** A new restaurant owned by `ownerId`; its slug comes from the name (made unique) unless one is given (409 if taken). */
export async function createRestaurant({ db, ownerId, input }: { db: Database; ownerId: string; input: RestaurantProfileInput }) {
  const { hours, slug: wanted, ...profile } = input;
  let slug = wanted ?? slugify(profile.name, "restaurant");
  if (!wanted && (await db.restaurant.findUnique({ where: { slug }, select: { id: true } }))) {
    slug = `${slug}-${randomBytes(2).toString("hex")}`;
  }
  try {
    const restaurant = await db.restaurant.create({ data: { ...profile, slug, ownerId, hours: { create: hours } }, include: { hours: true } });
    forgetBrowseSnapshot({ db });
    return restaurant;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "That web address is taken; choose another.", { cause: error });
    throw error;
  }
}
