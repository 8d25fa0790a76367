import type { Metadata } from "next";
import Link from "next/link";
import { DemoTakeover, OwnerPage } from "@stepperslife/ui";
import { auth, db } from "@/vertical";
import { countDemoShops } from "@/server/shops/count-demo-shops";
import { listOwnedShops } from "@/server/shops/list-owned-shops";
import "../owner.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage" };

const demoText = (count: number) =>
  `${count} demo shop${count === 1 ? "" : "s"} with products, photos and stock belong to nobody yet. ` +
  "The first owner to take them over manages them from here.";

/** The owner area: the owner's shops with what needs doing (parcels to pack, returns to answer, stock running low). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  const [shops, unclaimedDemos] = await Promise.all([listOwnedShops({ db: db(), ownerId: owner.id }), countDemoShops({ db: db() })]);
  const actions = (
    <div className="sl-row">
      <Link className="sl-button" href="/dashboard/shops/new">
        Open a shop
      </Link>
      <Link className="sl-button sl-button--secondary" href="/dashboard/webhooks">
        Payment events
      </Link>
    </div>
  );
  return (
    <OwnerPage title="Your shops" nav={actions}>
      <DemoTakeover count={unclaimedDemos} claimUrl="/api/owner/claim-demo" label="Take over the demo shops" notice={{ name: "Demo shops", text: demoText(unclaimedDemos) }} />
      {shops.length === 0 ? <p>You have no shop yet. Open one to start selling.</p> : null}
      <ul className="sl-tiles" aria-label="Your shops">
        {shops.map((shop) => {
          const base = `/dashboard/shops/${shop.id}`;
          return (
            <li key={shop.id} className="sl-tile">
              <div className="sl-tile__body sl-stack st-owner-shop">
                <div className="st-owner-shop__head">
                  {shop.logoUrl ? <img className="st-owner-logo" src={shop.logoUrl} alt="" /> : null}
                  <div>
                    <h2 className="sl-tile__title">{shop.name}</h2>
                    <p className="sl-muted" style={{ margin: 0 }}>
                      {shop.city}, {shop.region} · {shop.publishedCount} of {shop.productCount} product{shop.productCount === 1 ? "" : "s"} published
                    </p>
                  </div>
                </div>
                <p className="sl-row" style={{ margin: 0, gap: "0.5rem" }}>
                  <Link className={`sl-badge ${shop.toPack ? "sl-badge--ok" : "sl-badge--quiet"}`} href={`${base}/orders`}>
                    {shop.toPack ? `${shop.toPack} to pack` : "Nothing to pack"}
                  </Link>
                  {shop.returnsToAnswer ? (
                    <Link className="sl-badge sl-badge--off" href={`${base}/returns`}>
                      {shop.returnsToAnswer} return{shop.returnsToAnswer === 1 ? "" : "s"} to answer
                    </Link>
                  ) : null}
                  {shop.lowStock.length ? <span className="sl-badge sl-badge--off">{shop.lowStock.length} running low</span> : null}
                </p>
                {shop.lowStock.length ? (
                  <ul className="st-owner-low" aria-label={`Low stock at ${shop.name}`}>
                    {shop.lowStock.slice(0, 5).map((variant) => (
                      <li key={variant.variantId}>
                        <Link href={`${base}/products/${variant.productId}`}>
                          {variant.productName}
                          {variant.label ? ` — ${variant.label}` : ""}
                        </Link>{" "}
                        <span className="sl-muted">{variant.stock === 0 ? "sold out" : `${variant.stock} left`}</span>
                      </li>
                    ))}
                    {shop.lowStock.length > 5 ? (
                      <li>
                        <Link href={`${base}/products`}>and {shop.lowStock.length - 5} more</Link>
                      </li>
                    ) : null}
                  </ul>
                ) : null}
                <ul className="sl-tabs" aria-label={`Manage ${shop.name}`}>
                  <li>
                    <Link href={`${base}/products`}>Products</Link>
                  </li>
                  <li>
                    <Link href={`${base}/orders`}>Orders</Link>
                  </li>
                  <li>
                    <Link href={`${base}/returns`}>Returns</Link>
                  </li>
                  <li>
                    <Link href={base}>Profile</Link>
                  </li>
                  <li>
                    <Link href={`/shops/${shop.slug}`}>Public page</Link>
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
