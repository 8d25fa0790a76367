import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { findOwnedRestaurant } from "./find-owned-restaurant";
import { forgetBrowseSnapshot } from "./forget-browse-snapshot";
import type { RestaurantUpdateInput } from "./restaurant-schemas";

/** Changes an owner's restaurant profile; `hours`, when given, replace the whole week. Returns the old cover key when it was removed. */
export async function updateRestaurant({ db, ownerId, restaurantId, input }: { db: Database; ownerId: string; restaurantId: string; input: RestaurantUpdateInput }) {
  const current = await findOwnedRestaurant({ db, ownerId, restaurantId });
  const { hours, removeCoverImage, ...profile } = input;
  try {
    const restaurant = await db.$transaction(async (tx) => {
      if (hours) {
        await tx.openingHours.deleteMany({ where: { restaurantId } });
        await tx.openingHours.createMany({ data: hours.map((interval) => ({ ...interval, restaurantId })) });
      }
      return tx.restaurant.update({
        where: { id: restaurantId },
        data: { ...profile, ...(removeCoverImage ? { coverImageKey: null } : {}) },
        include: { hours: true },
      });
    });
    forgetBrowseSnapshot({ db });
    return { restaurant, removedImageKey: removeCoverImage ? current.coverImageKey : null };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "That web address is taken; choose another.", { cause: error });
    throw error;
  }
}
