import { signInUrl } from "@stepperslife/auth-config";
import { AppError } from "@stepperslife/http";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RestaurantOrdering } from "@/components/restaurant-ordering";
import { addressing, appBaseUrl, auth, db, payments } from "@/vertical";
import { getRestaurantPage, type RestaurantPage } from "@/server/restaurants/get-restaurant-page";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function load(slug: string): Promise<RestaurantPage> {
  try {
    return await getRestaurantPage({ db: db(), slug });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const restaurant = await db().restaurant.findUnique({ where: { slug }, select: { name: true } });
  return { title: restaurant?.name ?? "Restaurant" };
}

/** A restaurant: address, weekly hours, the menu by category, and the cart to order for pickup. */
export default async function RestaurantPageView({ params }: { params: Params }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) notFound();
  const [restaurant, user] = await Promise.all([load(slug), auth.getSession()]);
  const signInHref = user ? null : signInUrl({ addressing: addressing(), callbackUrl: `${appBaseUrl()}/r/${slug}` });
  return (
    <div className="rs-stack">
      {restaurant.coverImageUrl ? <img className="rs-cover" style={{ borderRadius: "var(--sl-radius)", aspectRatio: "3 / 1" }} src={restaurant.coverImageUrl.replace("w=640", "w=1280")} alt="" /> : null}
      <header className="rs-stack" style={{ gap: "0.5rem" }}>
        <h1 style={{ margin: 0 }}>{restaurant.name}</h1>
        <div className="rs-row">
          <span className="rs-badge">{restaurant.cuisine}</span>
          <span className={`rs-badge ${restaurant.openNow ? "rs-badge--open" : "rs-badge--closed"}`}>{restaurant.openNow ? "Open now" : "Closed now"}</span>
        </div>
        {restaurant.description ? <p>{restaurant.description}</p> : null}
        <p className="rs-muted">
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
      <RestaurantOrdering restaurant={restaurant} onlinePayment={payments() !== null} signInHref={signInHref} />
    </div>
  );
}
