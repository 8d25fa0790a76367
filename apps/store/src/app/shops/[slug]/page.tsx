import { CoverPlaceholder } from "@stepperslife/ui";
import { orNotFound, parseRouteParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import Link from "next/link";
import { ProductCard } from "@/components/product-card";
import { ShopTerms } from "@/components/shop-terms";
import { slugParamsSchema } from "@/server/catalog/catalog-schemas";
import { getShopPage } from "@/server/catalog/get-shop-page";
import { db } from "@/vertical";
import "../../catalog.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const parsed = slugParamsSchema.safeParse(await params);
  const shop = parsed.success ? await db().shop.findUnique({ where: { slug: parsed.data.slug }, select: { name: true } }) : null;
  return { title: shop?.name ?? "Shop" };
}

/** A shop of the scene: its logo, story and city, its shipping and return terms, and everything it has for sale. */
export default async function ShopPageView({ params }: { params: Params }) {
  const { slug } = await parseRouteParams(params, slugParamsSchema);
  const shop = await orNotFound(getShopPage({ db: db(), slug }));
  return (
    <div className="sl-stack">
      <nav aria-label="Breadcrumb" className="st-crumbs">
        <Link href="/">Store</Link> <span aria-hidden="true">/</span> <span>Shops</span>
      </nav>
      <header className="st-shop">
        {shop.logoUrl ? <img className="st-shop__logo" src={shop.logoUrl} alt={`${shop.name} logo`} width={256} height={256} /> : <CoverPlaceholder name={shop.name} className="st-shop__logo" />}
        <div className="st-shop__about">
          <h1 className="st-shop__name">{shop.name}</h1>
          <p className="sl-muted">
            {shop.city}, {shop.region}
          </p>
          {shop.story ? <p className="st-shop__story">{shop.story}</p> : null}
        </div>
      </header>
      <ShopTerms terms={shop.terms} />
      <section aria-labelledby="shop-products" className="sl-stack">
        <h2 id="shop-products" className="st-section-title">
          For sale
        </h2>
        {shop.products.length > 0 ? (
          <ul className="sl-tiles" aria-label={`Products of ${shop.name}`}>
            {shop.products.map((product) => (
              <ProductCard key={product.id} product={product} showShop={false} />
            ))}
          </ul>
        ) : (
          <p className="sl-muted">Nothing for sale right now. Come back soon, or browse the other shops from the <Link href="/">store's home page</Link>.</p>
        )}
      </section>
    </div>
  );
}
