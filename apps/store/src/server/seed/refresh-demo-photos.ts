import { stat } from "node:fs/promises";
import { join } from "node:path";
import { isDemoImageKey, type Storage } from "@stepperslife/storage";
import type { Database } from "../../vertical";
import { DEMO_OWNER_ID } from "./demo-owner";
import { demoShops } from "./demo-shops";

interface RefreshOptions {
  db: Database;
  storage: Storage;
  imagesDir: string;
  upload(file: string): Promise<string | null>;
}

/**
 * Demo shops nobody has claimed show the photos shipped today: a logo or product without its photos (seeded before
 * they existed) gets them, and a photo redrawn under the same name since it was stored is stored again. A claimed
 * shop is its owner's to change, so it is left alone.
 */
export async function refreshDemoPhotos({ db, storage, imagesDir, upload }: RefreshOptions): Promise<void> {
  const unclaimed = await db.shop.findMany({
    where: { ownerId: DEMO_OWNER_ID, slug: { in: demoShops.map((demo) => demo.slug) } },
    select: { id: true, slug: true, logoKey: true, products: { select: { id: true, slug: true, images: { select: { key: true } } } } },
  });
  const stale = async (key: string, file: string) => {
    if (!isDemoImageKey(key) || !key.endsWith(`/${file}`)) return false;
    const stored = await storage.client.statObject(storage.bucket, key).then((object) => object.size, () => null);
    return stored !== (await stat(join(imagesDir, file))).size;
  };
  for (const shop of unclaimed) {
    const demo = demoShops.find((candidate) => candidate.slug === shop.slug)!;
    if (shop.logoKey === null) await db.shop.update({ where: { id: shop.id }, data: { logoKey: await upload(demo.logo) } });
    else if (await stale(shop.logoKey, demo.logo)) await upload(demo.logo);
    for (const product of shop.products) {
      const photos = demo.products.find((candidate) => candidate.slug === product.slug)?.photos ?? [];
      if (product.images.length === 0) {
        for (const [position, photo] of photos.entries()) {
          const key = await upload(photo.file);
          if (key) await db.productImage.create({ data: { productId: product.id, key, alt: photo.alt, position } });
        }
        continue;
      }
      for (const photo of photos) {
        const image = product.images.find((candidate) => candidate.key.endsWith(`/${photo.file}`));
        if (image && (await stale(image.key, photo.file))) await upload(photo.file);
      }
    }
  }
}
