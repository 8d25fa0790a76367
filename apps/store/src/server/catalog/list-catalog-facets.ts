import type { Database } from "../../vertical";
import { loadCatalogSnapshot } from "./load-catalog-snapshot";
import { sortSizes } from "./sort-sizes";

export interface CatalogFacets {
  sizes: string[];
  colours: string[];
  shops: { slug: string; name: string }[];
}

/** What the browse filters offer: the sizes, colours and shops that published products have (none that match nothing). */
export async function listCatalogFacets({ db }: { db: Database }): Promise<CatalogFacets> {
  const entries = await loadCatalogSnapshot({ db });
  const colours = new Map<string, string>();
  const shops = new Map<string, string>();
  const sizes: string[] = [];
  for (const entry of entries) {
    shops.set(entry.shopSlug, entry.shopName);
    for (const variant of entry.variants) {
      if (variant.size) sizes.push(variant.size);
      // One spelling per colour, whichever came first ("Black" and "black" are one filter).
      if (variant.colour && !colours.has(variant.colourKey)) colours.set(variant.colourKey, variant.colour);
    }
  }
  return {
    sizes: sortSizes(sizes),
    colours: [...colours.values()].toSorted((a, b) => a.localeCompare(b, "en-US")),
    shops: [...shops].map(([slug, name]) => ({ slug, name })).toSorted((a, b) => a.name.localeCompare(b.name, "en-US")),
  };
}
