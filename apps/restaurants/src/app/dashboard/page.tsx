import type { Metadata } from "next";
import Link from "next/link";
import { DemoTakeover, OwnerPage } from "@stepperslife/ui";
import { auth, db } from "@/vertical";
import { countDemoRestaurants } from "@/server/restaurants/count-demo-restaurants";
import { listOwnedRestaurants } from "@/server/restaurants/list-owned-restaurants";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage" };

const demoText = (count: number) =>
  `${count} demo restaurant${count === 1 ? "" : "s"} with menus and photos belong to nobody yet. ` +
  "The first owner to take them over manages them from here.";

/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  const [restaurants, unclaimedDemos] = await Promise.all([
    listOwnedRestaurants({ db: db(), ownerId: owner.id }),
    countDemoRestaurants({ db: db() }),
  ]);
  const actions = (
    <div className="sl-row">
      <Link className="sl-button" href="/dashboard/restaurants/new">
        Add a restaurant
      </Link>
      <Link className="sl-button sl-button--secondary" href="/dashboard/webhooks">
        Payment events
      </Link>
    </div>
  );
  return (
    <OwnerPage title="Your restaurants" nav={actions}>
      <DemoTakeover
        count={unclaimedDemos}
        claimUrl="/api/owner/claim-demo"
        label="Take over the demo restaurants"
        notice={{ name: "Demo restaurants", text: demoText(unclaimedDemos) }}
      />
      {restaurants.length === 0 ? <p>You have no restaurant yet.</p> : null}
      <ul className="sl-tiles" aria-label="Your restaurants">
        {restaurants.map((restaurant) => {
          const base = `/dashboard/restaurants/${restaurant.id}`;
          return (
            <li key={restaurant.id} className="sl-tile">
              <div className="sl-tile__body">
                <h2 className="sl-tile__title">{restaurant.name}</h2>
                <p className="sl-row" style={{ margin: "0 0 0.5rem", gap: "0.5rem" }}>
                  <span className="sl-muted">{restaurant.cuisine}</span>
                  <span className={`sl-badge ${restaurant.openNow ? "sl-badge--ok" : "sl-badge--quiet"}`}>{restaurant.openNow ? "Open now" : "Closed now"}</span>
                </p>
                <ul className="sl-tabs" aria-label={`Manage ${restaurant.name}`}>
                  <li>
                    <Link href={`${base}/orders`}>Orders{restaurant.newOrders ? ` (${restaurant.newOrders} new)` : ""}</Link>
                  </li>
                  <li>
                    <Link href={`${base}/menu`}>Menu</Link>
                  </li>
                  <li>
                    <Link href={base}>Profile & hours</Link>
                  </li>
                  <li>
                    <Link href={`${base}/sales`}>Sales</Link>
                  </li>
                  <li>
                    <Link href={`/r/${restaurant.slug}`}>Public page</Link>
                  </li>
                </ul>
              </div>
            </li>
          );
        })}
      </ul>
    </OwnerPage>
  );
}
