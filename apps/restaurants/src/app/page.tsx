import { signInUrl } from "@stepperslife/auth-config";
import { FilterSelect, Hero, ListingFilters, ListingResults } from "@stepperslife/ui";
import { parseSearchParams, type PageParams } from "@stepperslife/ui/server";
import { RestaurantCard } from "@/components/restaurant-card";
import { addressing, appBaseUrl, auth, db, service } from "@/vertical";
import { listRestaurants } from "@/server/restaurants/list-restaurants";
import { cuisines, restaurantFiltersSchema } from "@/server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

/** Browse: search by name, filter by cuisine and "open now" (each restaurant's own time zone); the way to your orders. */
export default async function HomePage({ searchParams }: { searchParams: PageParams }) {
  const { query: filters, problem } = await parseSearchParams(searchParams, restaurantFiltersSchema, { openNow: false });
  const [restaurants, user] = await Promise.all([listRestaurants({ db: db(), filters }), auth.getSession()]);
  const ordersHref = user ? "/orders" : signInUrl({ addressing: addressing(), callbackUrl: `${appBaseUrl()}/orders` });
  return (
    <div className="sl-stack">
      <Hero
        eyebrow="Eat before the set"
        title={service.title}
        lead={service.description}
        actions={
          <a className="sl-button sl-button--secondary" href={ordersHref}>
            {user ? "My orders" : "Sign in to see your orders"}
          </a>
        }
      />
      <ListingFilters label="Find a restaurant">
        <label>
          Name
          <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Soul Kitchen" />
        </label>
        <FilterSelect label="Cuisine" name="cuisine" defaultValue={filters.cuisine} anyLabel="Any cuisine" options={cuisines} />
        <label className="sl-check">
          <input type="checkbox" name="openNow" value="1" defaultChecked={filters.openNow} /> Open now
        </label>
      </ListingFilters>
      <ListingResults label="Restaurants" count={restaurants.length} noun={["restaurant", "restaurants"]} problem={problem}>
        {restaurants.map((restaurant) => (
          <RestaurantCard key={restaurant.id} restaurant={restaurant} />
        ))}
      </ListingResults>
    </div>
  );
}
