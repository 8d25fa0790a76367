import { Hero } from "@stepperslife/ui";
import { RestaurantCard } from "@/components/restaurant-card";
import { db, service } from "@/vertical";
import { listRestaurants } from "@/server/restaurants/list-restaurants";
import { cuisines, restaurantFiltersSchema } from "@/server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Browse: search by name, filter by cuisine and "open now" (each restaurant's own time zone). */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const parsed = restaurantFiltersSchema.safeParse({
    q: typeof raw.q === "string" && raw.q ? raw.q : undefined,
    cuisine: typeof raw.cuisine === "string" && raw.cuisine ? raw.cuisine : undefined,
    openNow: typeof raw.openNow === "string" ? raw.openNow : undefined,
  });
  const filters = parsed.success ? parsed.data : { openNow: false };
  const restaurants = await listRestaurants({ db: db(), filters });
  return (
    <div className="rs-stack">
      <Hero eyebrow="Eat before the set" title={service.title} lead={service.description} />
      <form className="rs-filters" role="search" aria-label="Find a restaurant" action="/">
        <label>
          Name
          <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Soul Kitchen" />
        </label>
        <label>
          Cuisine
          <select name="cuisine" defaultValue={filters.cuisine ?? ""}>
            <option value="">Any cuisine</option>
            {cuisines.map((cuisine) => (
              <option key={cuisine}>{cuisine}</option>
            ))}
          </select>
        </label>
        <label className="rs-check">
          <input type="checkbox" name="openNow" value="1" defaultChecked={filters.openNow} /> Open now
        </label>
        <button className="rs-btn" type="submit">
          Search
        </button>
      </form>
      <p role="status" className="rs-muted">
        {restaurants.length === 1 ? "1 restaurant" : `${restaurants.length} restaurants`}
      </p>
      <ul className="rs-grid" aria-label="Restaurants">
        {restaurants.map((restaurant) => (
          <RestaurantCard key={restaurant.id} restaurant={restaurant} />
        ))}
      </ul>
    </div>
  );
}
