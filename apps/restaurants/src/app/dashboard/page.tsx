import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@stepperslife/ui/client";
import { auth, db } from "@/vertical";
import { countDemoRestaurants } from "@/server/restaurants/count-demo-restaurants";
import { listOwnedRestaurants } from "@/server/restaurants/list-owned-restaurants";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage" };

/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  const [restaurants, unclaimedDemos] = await Promise.all([listOwnedRestaurants({ db: db(), ownerId: owner.id }), countDemoRestaurants({ db: db() })]);
  return (
    <div className="rs-stack">
      <h1 style={{ margin: 0 }}>Your restaurants</h1>
      <div className="rs-row">
        <Link className="sl-button" href="/dashboard/restaurants/new">
          Add a restaurant
        </Link>
        <Link href="/dashboard/webhooks">Payment events</Link>
      </div>
      {unclaimedDemos > 0 ? (
        <section className="sl-notice" aria-label="Demo restaurants">
          <p>
            {unclaimedDemos} demo restaurant{unclaimedDemos === 1 ? "" : "s"} with menus and photos belong to nobody yet. The first owner to take them over
            manages them from here.
          </p>
          <ActionButton url="/api/owner/claim-demo" label="Take over the demo restaurants" className="rs-btn" />
        </section>
      ) : null}
      {restaurants.length === 0 ? <p>You have no restaurant yet.</p> : null}
      <ul className="rs-grid" aria-label="Your restaurants">
        {restaurants.map((restaurant) => (
          <li key={restaurant.id} className="rs-card">
            <div className="rs-card__body">
              <h2 className="rs-card__title">{restaurant.name}</h2>
              <p className="rs-muted">
                {restaurant.cuisine} · {restaurant.openNow ? "Open now" : "Closed now"}
              </p>
              <ul className="rs-nav">
                <li>
                  <Link href={`/dashboard/restaurants/${restaurant.id}/orders`}>
                    Orders{restaurant.newOrders ? ` (${restaurant.newOrders} new)` : ""}
                  </Link>
                </li>
                <li>
                  <Link href={`/dashboard/restaurants/${restaurant.id}/menu`}>Menu</Link>
                </li>
                <li>
                  <Link href={`/dashboard/restaurants/${restaurant.id}`}>Profile & hours</Link>
                </li>
                <li>
                  <Link href={`/dashboard/restaurants/${restaurant.id}/sales`}>Sales</Link>
                </li>
                <li>
                  <Link href={`/r/${restaurant.slug}`}>Public page</Link>
                </li>
              </ul>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
