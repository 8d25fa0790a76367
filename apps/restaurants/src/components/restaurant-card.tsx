import Link from "next/link";
import type { RestaurantCard as Card } from "@/server/restaurants/to-restaurant-card";

/** One restaurant in the browse grid: cover, cuisine, open now, today's hours on the restaurant's clock. */
export function RestaurantCard({ restaurant }: { restaurant: Card }) {
  return (
    <li className="rs-card">
      <Link href={`/r/${restaurant.slug}`}>
        {restaurant.coverImageUrl ? <img src={restaurant.coverImageUrl} alt="" loading="lazy" /> : <div className="rs-cover" />}
        <div className="rs-card__body">
          <h2 className="rs-card__title">{restaurant.name}</h2>
          <div className="rs-row">
            <span className="rs-badge">{restaurant.cuisine}</span>
            <span className={`rs-badge ${restaurant.openNow ? "rs-badge--open" : "rs-badge--closed"}`}>{restaurant.openNow ? "Open now" : "Closed now"}</span>
          </div>
          <p className="rs-muted">
            {restaurant.city}, {restaurant.region} · {restaurant.hoursToday.length ? `Today ${restaurant.hoursToday.join(", ")}` : "Closed today"}
          </p>
        </div>
      </Link>
    </li>
  );
}
