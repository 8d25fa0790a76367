import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { noFilters } from "./catalog-schemas";
import { describeShopTerms, type ShopTerms } from "./describe-shop-terms";
import { imagePath } from "./image-path";
import { listProducts } from "./list-products";
import type { ProductCard } from "./to-product-card";

export interface ShopPage {
  id: string;
  slug: string;
  name: string;
  story: string;
  city: string;
  region: string;
  logoUrl: string | null;
  terms: ShopTerms;
  /** Its published products, newest first. */
  products: ProductCard[];
}

/** A shop's public page: logo, story, city, shipping and return terms, and what it sells. Unknown slug: 404. */
export async function getShopPage({ db, slug, now = new Date() }: { db: Database; slug: string; now?: Date }): Promise<ShopPage> {
  const shop = await db.shop.findUnique({ where: { slug } });
  if (!shop) throw new AppError("not_found", "There is no shop at this address.");
  return {
    id: shop.id,
    slug: shop.slug,
    name: shop.name,
    story: shop.story,
    city: shop.city,
    region: shop.region,
    logoUrl: imagePath(shop.logoKey, 320),
    terms: describeShopTerms(shop),
    products: await listProducts({ db, filters: { ...noFilters, shop: shop.slug }, now, limit: 200 }),
  };
}
