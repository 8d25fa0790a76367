// GET /api/owner/restaurants — the owner's restaurants; POST — create one
import { db, route } from "../../../../vertical";
import { createRestaurant } from "../../../../server/restaurants/create-restaurant";
import { listOwnedRestaurants } from "../../../../server/restaurants/list-owned-restaurants";
import { restaurantProfileSchema } from "../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner" }, async ({ user }) => ({ restaurants: await listOwnedRestaurants({ db: db(), ownerId: user.id }) }));

export const POST = route({ access: "owner", body: restaurantProfileSchema }, async ({ user, body }) => {
  const restaurant = await createRestaurant({ db: db(), ownerId: user.id, input: body });
  return Response.json({ restaurant: { id: restaurant.id, slug: restaurant.slug } }, { status: 201 });
});
