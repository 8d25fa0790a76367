import { orNotFound, parseRouteParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import Link from "next/link";
import { ProductGallery } from "@/components/product-gallery";
import { ProductPurchase } from "@/components/product-purchase";
import { ShopTerms } from "@/components/shop-terms";
import { slugParamsSchema } from "@/server/catalog/catalog-schemas";
import { getProductPage } from "@/server/catalog/get-product-page";
import { db } from "@/vertical";
import "../../catalog.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // A malformed slug never reaches the database (the page itself answers it with the 404 page).
  const parsed = slugParamsSchema.safeParse(await params);
  const product = parsed.success ? await db().product.findFirst({ where: { slug: parsed.data.slug, published: true }, select: { name: true } }) : null;
  return { title: product?.name ?? "Product" };
}

/** A product: photos, its shop, description, the size × colour picker with each variant's price and stock, the shop's terms. */
export default async function ProductPageView({ params }: { params: Params }) {
  const { slug } = await parseRouteParams(params, slugParamsSchema);
  const product = await orNotFound(getProductPage({ db: db(), slug }));
  return (
    <div className="sl-stack">
      <nav aria-label="Breadcrumb" className="st-crumbs">
        <Link href="/">Store</Link> <span aria-hidden="true">/</span> <Link href={`/?category=${product.category}`}>{product.categoryLabel}</Link>
      </nav>
      <div className="st-product">
        <ProductGallery images={product.images} name={product.name} />
        <div className="st-product__info">
          <header className="st-product__head">
            <h1 className="st-product__title">{product.name}</h1>
            <p className="st-product__shop">
              by <Link href={`/shops/${product.shop.slug}`}>{product.shop.name}</Link>
              <span className="sl-muted">
                {" "}
                · {product.shop.city}, {product.shop.region}
              </span>
            </p>
          </header>
          {product.description ? <p className="st-product__description">{product.description}</p> : null}
          <ProductPurchase productId={product.id} productName={product.name} sizes={product.sizes} colours={product.colours} variants={product.variants} />
          <ShopTerms terms={product.shop.terms} heading={`Shipping and returns from ${product.shop.name}`} />
        </div>
      </div>
    </div>
  );
}
