import { signInUrl } from "@stepperslife/auth-config";
import { Hero } from "@stepperslife/ui";
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
      <form className="sl-filters" role="search" aria-label="Find a restaurant" action="/">
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
        <label className="sl-check">
          <input type="checkbox" name="openNow" value="1" defaultChecked={filters.openNow} /> Open now
        </label>
        <button className="sl-btn" type="submit">
          Search
        </button>
      </form>
      {problem ? <p className="sl-error">{problem}</p> : null}
      <p role="status" className="sl-muted">
        {restaurants.length === 1 ? "1 restaurant" : `${restaurants.length} restaurants`}
      </p>
      <ul className="sl-tiles" aria-label="Restaurants">
        {restaurants.map((restaurant) => (
          <RestaurantCard key={restaurant.id} restaurant={restaurant} />
        ))}
      </ul>
    </div>
  );
}
