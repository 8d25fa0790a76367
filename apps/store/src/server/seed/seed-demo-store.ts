import { randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { storeDemoImage, type Storage } from "@stepperslife/storage";
import type { Database } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { DEMO_IMAGES_DIR } from "./demo-images-dir";
import { DEMO_OWNER_ID } from "./demo-owner";
import { demoPhotoFiles, demoShops } from "./demo-shops";
import { refreshDemoPhotos } from "./refresh-demo-photos";

const dayMs = 24 * 60 * 60 * 1000;

export interface SeedDemoStoreOptions {
  db: Database;
  /** Without it (fast tests) nothing is uploaded and the demo has no photos. */
  storage?: Storage;
  imagesDir?: string;
  /** "Published N days ago" is counted from here. */
  now?: Date;
}

/**
 * Loads the demo shops, idempotently: a missing one is created with its products, variants, stock and photos
 * (stored in the bucket's confirmed namespace when a storage is given). One whose slug exists keeps its data (its
 * owner may have claimed and edited it); unclaimed ones get the photos shipped. Returns the slugs it created.
 */
export async function seedDemoStore({ db, storage, imagesDir = DEMO_IMAGES_DIR, now = new Date() }: SeedDemoStoreOptions): Promise<string[]> {
  if (storage) await checkDemoPhotos(imagesDir);
  const upload = async (file: string): Promise<string | null> =>
    storage ? storeDemoImage(storage, { name: file, bytes: await readFile(join(imagesDir, file)) }) : null;
  const created: string[] = [];
  for (const demo of demoShops) {
    if (await db.shop.findUnique({ where: { slug: demo.slug }, select: { id: true } })) continue;
    const { products, logo, ...profile } = demo;
    const logoKey = await upload(logo);
    const photoKeys = new Map<string, string | null>();
    for (const photo of products.flatMap((product) => product.photos)) photoKeys.set(photo.file, await upload(photo.file));
    await db.$transaction(async (tx) => {
      const shop = await tx.shop.create({ data: { ...profile, id: randomUUID(), ownerId: DEMO_OWNER_ID, logoKey } });
      for (const product of products) {
        const images = product.photos.flatMap((photo, position) => {
          const key = photoKeys.get(photo.file);
          return key ? [{ key, alt: photo.alt, position }] : [];
        });
        await tx.product.create({
          data: {
            shopId: shop.id,
            slug: product.slug,
            name: product.name,
            description: product.description,
            category: product.category,
            kind: "physical",
            published: true,
            publishedAt: new Date(now.getTime() - product.publishedDaysAgo * dayMs),
            lowStockThreshold: product.lowStockThreshold,
            images: { create: images },
            variants: { create: product.variants.map((variant, position) => ({ ...variant, shopId: shop.id, position })) },
          },
        });
      }
    });
    created.push(demo.slug);
  }
  if (storage) await refreshDemoPhotos({ db, storage, imagesDir, upload });
  forgetCatalogSnapshot({ db });
  return created;
}

/** Every photo the demo names is there, or the seed stops before writing anything, naming the missing ones. */
async function checkDemoPhotos(imagesDir: string): Promise<void> {
  const missing: string[] = [];
  for (const file of demoPhotoFiles) {
    if (!(await stat(join(imagesDir, file)).then((found) => found.isFile(), () => false))) missing.push(file);
  }
  if (missing.length > 0) throw new Error(`store demo seed: ${missing.length} photo(s) missing from ${imagesDir}: ${missing.join(", ")}`);
}
