import type { Database } from "../../vertical";
import type { ProductFilters } from "./catalog-schemas";
import { NEW_PRODUCT_MS, type CatalogEntry, type CatalogVariant } from "./catalog-snapshots";
import { loadCatalogSnapshot } from "./load-catalog-snapshot";
import type { ProductCard } from "./to-product-card";

const lower = (value: string) => value.toLocaleLowerCase("en-US");

/** Whether one variant is what the filters ask for: size, colour, price and stock all hold for the same variant. */
function variantTest(filters: ProductFilters): ((variant: CatalogVariant) => boolean) | null {
  const size = filters.size === undefined ? undefined : lower(filters.size);
  const colour = filters.colour === undefined ? undefined : lower(filters.colour);
  const { minPrice, maxPrice, inStock } = filters;
  if (size === undefined && colour === undefined && minPrice === undefined && maxPrice === undefined && !inStock) return null;
  return (variant) =>
    (size === undefined || variant.sizeKey === size) &&
    (colour === undefined || variant.colourKey === colour) &&
    (minPrice === undefined || variant.priceCents >= minPrice) &&
    (maxPrice === undefined || variant.priceCents <= maxPrice) &&
    (!inStock || variant.stock > 0);
}

const byPrice = (direction: 1 | -1) => (a: CatalogEntry, b: CatalogEntry) =>
  direction * (a.card.price.minCents - b.card.price.minCents) || b.publishedAtMs - a.publishedAtMs;

/**
 * Published products buyers can browse, filtered and sorted: words in the name, shop, category or colours; a
 * category and a shop; size, colour, price range and "in stock" met by one and the same variant (size 10 in stock
 * means a size 10 that is in stock). Runs over the catalog snapshot, so every combination shares one cached read.
 */
export async function listProducts({ db, filters, now = new Date(), limit = 100 }: { db: Database; filters: ProductFilters; now?: Date; limit?: number }): Promise<ProductCard[]> {
  const entries = await loadCatalogSnapshot({ db });
  const words = lower(filters.q ?? "").split(/\s+/).filter(Boolean);
  const variantMatches = variantTest(filters);
  const matching = entries.filter(
    (entry) =>
      words.every((word) => entry.haystack.includes(word)) &&
      (filters.category === undefined || entry.category === filters.category) &&
      (filters.shop === undefined || entry.shopSlug === filters.shop) &&
      (variantMatches === null || entry.variants.some(variantMatches)),
  );
  // The snapshot is newest first already.
  const sorted = filters.sort === "price_asc" ? matching.toSorted(byPrice(1)) : filters.sort === "price_desc" ? matching.toSorted(byPrice(-1)) : matching;
  const nowMs = now.getTime();
  return sorted.slice(0, limit).map((entry) => ({ ...entry.card, isNew: nowMs - entry.publishedAtMs < NEW_PRODUCT_MS }));
}
