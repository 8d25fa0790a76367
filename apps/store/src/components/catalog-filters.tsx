import { FilterSelect, ListingFilters } from "@stepperslife/ui";
import { sortLabels, type CatalogSort, type ProductFilters } from "@/server/catalog/catalog-schemas";
import type { CatalogFacets } from "@/server/catalog/list-catalog-facets";

const dollars = (cents: number | undefined) => (cents === undefined ? "" : String(cents / 100));

/**
 * The browse page's filter bar: a GET form back to "/", so it works without JavaScript and results can be linked.
 * The category travels along from the chips above it.
 */
export function CatalogFilters({ filters, facets }: { filters: ProductFilters; facets: CatalogFacets }) {
  return (
    <ListingFilters label="Find a product">
      {filters.category ? <input type="hidden" name="category" value={filters.category} /> : null}
      <label className="st-filters__search">
        Search
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Oxford, vest, vinyl…" />
      </label>
      <FilterSelect label="Size" name="size" defaultValue={filters.size} anyLabel="Any size" options={facets.sizes} />
      <FilterSelect label="Colour" name="colour" defaultValue={filters.colour} anyLabel="Any colour" options={facets.colours} />
      <label>
        Shop
        <select name="shop" defaultValue={filters.shop ?? ""}>
          <option value="">Any shop</option>
          {facets.shops.map((shop) => (
            <option key={shop.slug} value={shop.slug}>
              {shop.name}
            </option>
          ))}
        </select>
      </label>
      <label className="st-filters__price">
        Min price ($)
        <input type="number" name="minPrice" min={0} step="any" inputMode="decimal" defaultValue={dollars(filters.minPrice)} placeholder="0" />
      </label>
      <label className="st-filters__price">
        Max price ($)
        <input type="number" name="maxPrice" min={0} step="any" inputMode="decimal" defaultValue={dollars(filters.maxPrice)} placeholder="Any" />
      </label>
      <label>
        Sort
        <select name="sort" defaultValue={filters.sort}>
          {(Object.keys(sortLabels) as CatalogSort[]).map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </label>
      <label className="sl-check">
        <input type="checkbox" name="inStock" value="1" defaultChecked={filters.inStock} /> In stock only
      </label>
    </ListingFilters>
  );
}
