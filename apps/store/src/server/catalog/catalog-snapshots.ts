import type { Database } from "../../vertical";
import type { Category } from "./catalog-schemas";
import type { ProductCard } from "./to-product-card";

/** One variant as the filters test it: size and colour as written and lower-cased, its price and stock. */
export interface CatalogVariant {
  size: string;
  colour: string;
  sizeKey: string;
  colourKey: string;
  priceCents: number;
  stock: number;
}

/** A published product as browsing reads it: its card, ready, and what the filters and sorts look at. */
export interface CatalogEntry {
  card: Omit<ProductCard, "isNew">;
  category: Category;
  shopSlug: string;
  shopName: string;
  /** Name, shop, category and colours, lower-cased: what a search's words are looked for in. */
  haystack: string;
  variants: CatalogVariant[];
  publishedAtMs: number;
}

/**
 * Every published product with its variants, as of `takenAt`. Kept per database client (tests run several side by
 * side) and per process; each cluster worker has its own.
 */
export interface CatalogSnapshot {
  entries: Promise<CatalogEntry[]>;
  takenAt: number;
}

export const catalogSnapshots = new WeakMap<Database, CatalogSnapshot>();

/**
 * How long a snapshot serves: a busy listing (the bench route) then costs one read per worker per interval instead
 * of one per request, and another worker's edit or a sale shows within a moment. The product page and checkout
 * always read stock fresh; only the browse grid's "in stock" may lag by this much.
 */
export const CATALOG_SNAPSHOT_TTL_MS = 2000;

/** A product counts as new on its card for this long after it was published. */
export const NEW_PRODUCT_MS = 14 * 24 * 60 * 60 * 1000;
