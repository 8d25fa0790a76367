import { CoverPlaceholder } from "@stepperslife/ui";
import Link from "next/link";
import type { RestaurantCard as Card } from "@/server/restaurants/to-restaurant-card";

/** One restaurant in the browse grid: cover, cuisine, open now, today's hours on the restaurant's clock. */
export function RestaurantCard({ restaurant }: { restaurant: Card }) {
  return (
    <li className="sl-tile">
      <Link href={`/r/${restaurant.slug}`}>
        {restaurant.coverImageUrl ? <img src={restaurant.coverImageUrl} alt="" loading="lazy" /> : <CoverPlaceholder name={restaurant.name} />}
        <div className="sl-tile__body">
          <h2 className="sl-tile__title">{restaurant.name}</h2>
          <div className="sl-row">
            <span className="sl-badge">{restaurant.cuisine}</span>
            <span className={`sl-badge ${restaurant.openNow ? "sl-badge--ok" : "sl-badge--quiet"}`}>{restaurant.openNow ? "Open now" : "Closed now"}</span>
          </div>
          <p className="sl-muted">
            {restaurant.city}, {restaurant.region} · {restaurant.hoursToday.length ? `Today ${restaurant.hoursToday.join(", ")}` : "Closed today"}
          </p>
        </div>
      </Link>
    </li>
  );
}
