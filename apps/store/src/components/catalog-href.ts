import type { ProductFilters } from "@/server/catalog/catalog-schemas";

/**
 * The browse page's address for these filters with some changed (a category chip keeps the search, the sizes and the
 * sort): prices back in dollars, defaults left out, so links stay short and shareable.
 */
export function catalogHref(filters: ProductFilters, change: Partial<ProductFilters> = {}): string {
  const merged: ProductFilters = { ...filters, ...change };
  const dollars = (cents: number | undefined) => (cents === undefined ? undefined : String(cents / 100));
  const values: Record<string, string | undefined> = {
    q: merged.q,
    category: merged.category,
    size: merged.size,
    colour: merged.colour,
    minPrice: dollars(merged.minPrice),
    maxPrice: dollars(merged.maxPrice),
    shop: merged.shop,
    inStock: merged.inStock ? "1" : undefined,
    sort: merged.sort === "new" ? undefined : merged.sort,
  };
  const params = new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
