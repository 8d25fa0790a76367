// GET /api/restaurants/{slug} — a restaurant's page: address, hours, menu, pickup times
import { db, route } from "../../../../vertical";
import { getRestaurantPage } from "../../../../server/restaurants/get-restaurant-page";
import { slugParamsSchema } from "../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "public", params: slugParamsSchema }, async ({ params }) => ({
  restaurant: await getRestaurantPage({ db: db(), slug: params.slug }),
}));
