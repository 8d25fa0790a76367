import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { isDemoImageKey, storeDemoImage, type Storage } from "@stepperslife/storage";
import type { Database } from "../../vertical";
import { forgetBrowseSnapshot } from "../restaurants/forget-browse-snapshot";
import { hoursInputSchema } from "../restaurants/restaurant-schemas";
import { DEMO_OWNER_ID } from "./demo-owner";
import { demoRestaurants } from "./demo-restaurants";
import { previousDemoPhotos } from "./previous-demo-photos";

const defaultImagesDir = fileURLToPath(new URL("../../../prisma/demo-images/", import.meta.url));

/** Where demo photos were kept before confirmed images had their own namespace; the image route no longer serves it. */
const LEGACY_DEMO_FOLDER = "demo/";

/**
 * Loads the demo restaurants, idempotently: a missing one is created with hours, menu and photos (stored in the
 * bucket's confirmed namespace when a storage is given). One whose slug exists keeps its data (its owner may have
 * claimed and edited it); only while it is unclaimed are its photos brought up to the ones shipped. Returns the slugs
 * it created.
 */
export async function seedDemoRestaurants({ db, storage, imagesDir = defaultImagesDir }: { db: Database; storage?: Storage; imagesDir?: string }): Promise<string[]> {
  const created: string[] = [];
  const upload = async (file: string | undefined): Promise<string | null> => {
    if (!file || !storage) return null;
    return storeDemoImage(storage, { name: file, bytes: await readFile(`${imagesDir}/${file}`) });
  };
  if (storage) {
    await moveLegacyDemoPhotos({ db, upload });
    await refreshUnclaimedDemoPhotos({ db, storage, imagesDir, upload });
  }
  for (const demo of demoRestaurants) {
    if (await db.restaurant.findUnique({ where: { slug: demo.slug }, select: { id: true } })) continue;
    const hours = hoursInputSchema.parse(demo.hours.flatMap(([weekdays, opens, closes]) => weekdays.map((weekday) => ({ weekday, opens, closes }))));
    const menu = await Promise.all(
      demo.menu.map(async (category, position) => ({
        name: category.category,
        position,
        items: await Promise.all(category.items.map(async (item, itemPosition) => ({ ...item, position: itemPosition, imageKey: await upload(item.photo) }))),
      })),
    );
    const { cover, hours: _hours, menu: _menu, ...profile } = demo;
    await db.$transaction(async (tx) => {
      const restaurant = await tx.restaurant.create({
        data: { ...profile, ownerId: DEMO_OWNER_ID, coverImageKey: await upload(cover), hours: { create: hours } },
      });
      for (const category of menu) {
        await tx.menuCategory.create({
          data: {
            restaurantId: restaurant.id,
            name: category.name,
            position: category.position,
            items: {
              create: category.items.map((item) => ({
                restaurantId: restaurant.id,
                name: item.name,
                description: item.description,
                priceCents: item.priceCents,
                dietaryTags: item.tags ?? [],
                soldOut: item.soldOut ?? false,
                position: item.position,
                imageKey: item.imageKey,
              })),
            },
          },
        });
      }
    });
    created.push(demo.slug);
  }
  if (created.length > 0) forgetBrowseSnapshot({ db });
  return created;
}

/** Demo records seeded before, still pointing at `demo/<file>`: stored again where they are served and re-pointed. */
async function moveLegacyDemoPhotos({ db, upload }: { db: Database; upload(file: string): Promise<string | null> }): Promise<void> {
  const legacy = { startsWith: LEGACY_DEMO_FOLDER };
  const [covers, items] = await Promise.all([
    db.restaurant.findMany({ where: { coverImageKey: legacy }, select: { coverImageKey: true } }),
    db.menuItem.findMany({ where: { imageKey: legacy }, select: { imageKey: true } }),
  ]);
  const keys = new Set([...covers.map((row) => row.coverImageKey), ...items.map((row) => row.imageKey)]);
  for (const key of keys) {
    if (!key) continue;
    const file = key.slice(LEGACY_DEMO_FOLDER.length);
    const moved = await upload(previousDemoPhotos[file] ?? file);
    await db.restaurant.updateMany({ where: { coverImageKey: key }, data: { coverImageKey: moved } });
    await db.menuItem.updateMany({ where: { imageKey: key }, data: { imageKey: moved } });
  }
  if (covers.length > 0) forgetBrowseSnapshot({ db });
}

interface RefreshOptions {
  db: Database;
  storage: Storage;
  imagesDir: string;
  upload(file: string): Promise<string | null>;
}

/**
 * Demo restaurants nobody has claimed show the photos shipped today: a cover or dish photo that is missing, was
 * renamed, or was redrawn under the same name since it was stored, is stored again and re-pointed. A claimed
 * restaurant is its owner's to change, so it is left alone, and so is any picture that is not a demo one.
 */
async function refreshUnclaimedDemoPhotos(options: RefreshOptions): Promise<void> {
  const { db, storage, imagesDir, upload } = options;
  const isStale = async (key: string | null, file: string): Promise<boolean> => {
    if (key === null) return true;
    if (!isDemoImageKey(key)) return false;
    if (!key.endsWith(`/${file}`)) return true;
    const stored = await storage.client.statObject(storage.bucket, key).then((object) => object.size, () => null);
    return stored !== (await stat(`${imagesDir}/${file}`)).size;
  };
  const unclaimed = await db.restaurant.findMany({
    where: { ownerId: DEMO_OWNER_ID, slug: { in: demoRestaurants.map((demo) => demo.slug) } },
    select: { id: true, slug: true, coverImageKey: true, items: { select: { id: true, name: true, imageKey: true } } },
  });
  let coversChanged = false;
  for (const restaurant of unclaimed) {
    const demo = demoRestaurants.find((candidate) => candidate.slug === restaurant.slug)!;
    if (await isStale(restaurant.coverImageKey, demo.cover)) {
      await db.restaurant.update({ where: { id: restaurant.id }, data: { coverImageKey: await upload(demo.cover) } });
      coversChanged = true;
    }
    const photos = new Map(demo.menu.flatMap((category) => category.items).map((item) => [item.name, item.photo]));
    for (const item of restaurant.items) {
      const photo = photos.get(item.name);
      if (!photo || !(await isStale(item.imageKey, photo))) continue;
      await db.menuItem.update({ where: { id: item.id }, data: { imageKey: await upload(photo) } });
    }
  }
  if (coversChanged) forgetBrowseSnapshot({ db });
}
