// GET /api/restaurants — browse restaurants (q, cuisine, openNow)
import { db, route } from "../../../vertical";
import { listRestaurants } from "../../../server/restaurants/list-restaurants";
import { restaurantFiltersSchema } from "../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "public", query: restaurantFiltersSchema }, async ({ query }) => ({
  restaurants: await listRestaurants({ db: db(), filters: query }),
}));
