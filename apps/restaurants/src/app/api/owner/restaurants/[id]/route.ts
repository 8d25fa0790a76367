// GET /api/owner/restaurants/{id} — one of the owner's restaurants; PATCH — change its profile, hours or cover
import { isDemoImageKey } from "@stepperslife/storage";
import { removeObject } from "@stepperslife/storage/server";
import { db, route, storage } from "../../../../../vertical";
import { findOwnedRestaurant } from "../../../../../server/restaurants/find-owned-restaurant";
import { idParamsSchema, restaurantUpdateSchema } from "../../../../../server/restaurants/restaurant-schemas";
import { updateRestaurant } from "../../../../../server/restaurants/update-restaurant";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({
  restaurant: await findOwnedRestaurant({ db: db(), ownerId: user.id, restaurantId: params.id }),
}));

export const PATCH = route({ access: "owner", params: idParamsSchema, body: restaurantUpdateSchema }, async ({ user, params, body }) => {
  const { restaurant, removedImageKey } = await updateRestaurant({ db: db(), ownerId: user.id, restaurantId: params.id, input: body });
  if (removedImageKey && !isDemoImageKey(removedImageKey)) await removeObject(storage(), removedImageKey);
  return { restaurant };
});
