import { loadOwnedOr404 } from "@stepperslife/ui/server";
import { auth, db } from "@/vertical";
import { findOwnedRestaurant } from "@/server/restaurants/find-owned-restaurant";

/** For the dashboard's restaurant pages: the signed-in owner and their restaurant, or the 404 page. */
export async function loadOwned(params: Promise<{ id: string }>, section: string) {
  const { owner, row } = await loadOwnedOr404({
    params,
    requireOwner: (path) => auth.requireOwner(path),
    callbackPath: (id) => `/dashboard/restaurants/${id}${section}`,
    db: db(),
    load: ({ db, ownerId, id }) => findOwnedRestaurant({ db, ownerId, restaurantId: id }),
  });
  return { owner, restaurant: row };
}
