import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** The restaurant if `ownerId` owns it; 404 otherwise, so others' restaurants look exactly like missing ones. */
export async function findOwnedRestaurant({ db, ownerId, restaurantId }: { db: Database; ownerId: string; restaurantId: string }) {
  const restaurant = await db.restaurant.findFirst({ where: { id: restaurantId, ownerId }, include: { hours: { orderBy: [{ weekday: "asc" }, { opensMinute: "asc" }] } } });
  if (!restaurant) throw new AppError("not_found", "There is no such restaurant among yours.");
  return restaurant;
}
