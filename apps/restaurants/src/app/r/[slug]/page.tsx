import { signInUrl } from "@stepperslife/auth-config";
import { orNotFound, parseRouteParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import { RestaurantOrdering } from "@/components/restaurant-ordering";
import { checkout } from "@/server/payments/checkout";
import { addressing, appBaseUrl, auth, db } from "@/vertical";
import { getRestaurantPage } from "@/server/restaurants/get-restaurant-page";
import { slugParamsSchema } from "@/server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // A malformed slug never reaches the database (the page itself answers it with the 404 page).
  const parsed = slugParamsSchema.safeParse(await params);
  const where = parsed.success ? { slug: parsed.data.slug } : null;
  const restaurant = where ? await db().restaurant.findUnique({ where, select: { name: true } }) : null;
  return { title: restaurant?.name ?? "Restaurant" };
}

/** A restaurant: address, weekly hours, the menu by category, and the cart to order for pickup. */
export default async function RestaurantPageView({ params }: { params: Params }) {
  const { slug } = await parseRouteParams(params, slugParamsSchema);
  const [restaurant, user] = await Promise.all([orNotFound(getRestaurantPage({ db: db(), slug })), auth.getSession()]);
  const signInHref = user ? null : signInUrl({ addressing: addressing(), callbackUrl: `${appBaseUrl()}/r/${slug}` });
  return (
    <div className="sl-stack">
      {restaurant.coverImageUrl ? <img className="sl-cover rs-cover" style={{ borderRadius: "var(--sl-radius)", aspectRatio: "3 / 1" }} src={restaurant.coverImageUrl.replace("w=640", "w=1280")} alt="" /> : null}
      <header className="sl-stack" style={{ gap: "0.5rem" }}>
        <h1 style={{ margin: 0 }}>{restaurant.name}</h1>
        <div className="sl-row">
          <span className="sl-badge">{restaurant.cuisine}</span>
          <span className={`sl-badge ${restaurant.openNow ? "sl-badge--ok" : "sl-badge--quiet"}`}>{restaurant.openNow ? "Open now" : "Closed now"}</span>
        </div>
        {restaurant.description ? <p>{restaurant.description}</p> : null}
        <p className="sl-muted">
          {restaurant.address.street}, {restaurant.address.city}, {restaurant.address.region} {restaurant.address.postalCode}
          {restaurant.phone ? ` · ${restaurant.phone}` : null}
        </p>
        <details>
          <summary>Opening hours ({restaurant.timeZone.replace("_", " ")} time)</summary>
          <dl className="rs-hours">
            {restaurant.weeklyHours.map((day) => (
              <div key={day.weekday} style={{ display: "contents" }}>
                <dt>{day.day}</dt>
                <dd>{day.intervals.length ? day.intervals.join(", ") : "Closed"}</dd>
              </div>
            ))}
          </dl>
        </details>
      </header>
      <RestaurantOrdering restaurant={restaurant} onlinePayment={await checkout.canTakeCardPayments(restaurant.id)} signInHref={signInHref} />
    </div>
  );
}
