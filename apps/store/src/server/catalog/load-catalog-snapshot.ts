import type { Database } from "../../vertical";
import { categoryLabels } from "./catalog-schemas";
import { CATALOG_SNAPSHOT_TTL_MS, catalogSnapshots, type CatalogEntry } from "./catalog-snapshots";
import { toProductCard } from "./to-product-card";

/** More than the store will list for a long while; past it the oldest drop out of browsing (not out of the shop). */
const MAX_LISTED = 2000;

const lower = (value: string) => value.toLocaleLowerCase("en-US");

async function readCatalog(db: Database): Promise<CatalogEntry[]> {
  // One findMany over products_published_published_at_idx; Prisma reads the shop, cover and variants in one batch each.
  const products = await db.product.findMany({
    where: { published: true, variants: { some: {} } },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    take: MAX_LISTED,
    select: {
      id: true,
      slug: true,
      name: true,
      category: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      shop: { select: { slug: true, name: true } },
      images: { orderBy: { position: "asc" }, take: 1, select: { key: true, alt: true } },
      variants: { orderBy: { position: "asc" }, select: { size: true, colour: true, priceCents: true, stock: true } },
    },
  });
  return products.map((product) => ({
    card: toProductCard(product),
    category: product.category,
    shopSlug: product.shop.slug,
    shopName: product.shop.name,
    haystack: lower([product.name, product.shop.name, categoryLabels[product.category], ...product.variants.map((variant) => variant.colour)].join(" ")),
    variants: product.variants.map((variant) => ({ ...variant, sizeKey: lower(variant.size), colourKey: lower(variant.colour) })),
    publishedAtMs: (product.publishedAt ?? product.createdAt).getTime(),
  }));
}

/**
 * Every published product, from a snapshot at most CATALOG_SNAPSHOT_TTL_MS old. Callers arriving while the read
 * runs share it, and a failed read is not kept, so the next caller asks the database again.
 */
export function loadCatalogSnapshot({ db, nowMs = performance.now() }: { db: Database; nowMs?: number }): Promise<CatalogEntry[]> {
  const current = catalogSnapshots.get(db);
  if (current && nowMs - current.takenAt < CATALOG_SNAPSHOT_TTL_MS) return current.entries;
  const entries = readCatalog(db);
  const snapshot = { entries, takenAt: nowMs };
  catalogSnapshots.set(db, snapshot);
  entries.catch(() => {
    if (catalogSnapshots.get(db) === snapshot) catalogSnapshots.delete(db);
  });
  return entries;
}
