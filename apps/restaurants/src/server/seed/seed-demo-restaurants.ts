import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { storeDemoImage, type Storage } from "@stepperslife/storage";
import type { Database } from "../../vertical";
import { forgetBrowseSnapshot } from "../restaurants/forget-browse-snapshot";
import { hoursInputSchema } from "../restaurants/restaurant-schemas";
import { DEMO_OWNER_ID } from "./demo-owner";
import { demoRestaurants } from "./demo-restaurants";

const defaultImagesDir = fileURLToPath(new URL("../../../prisma/demo-images/", import.meta.url));

/** Where demo photos were kept before confirmed images had their own namespace; the image route no longer serves it. */
const LEGACY_DEMO_FOLDER = "demo/";

/**
 * Loads the demo restaurants, idempotently: a restaurant whose slug exists is left as it is (its owner may have
 * claimed and edited it), a missing one is created with hours, menu and photos (stored in the bucket's confirmed
 * namespace when a storage is given). Returns the slugs it created.
 */
export async function seedDemoRestaurants({ db, storage, imagesDir = defaultImagesDir }: { db: Database; storage?: Storage; imagesDir?: string }): Promise<string[]> {
  const created: string[] = [];
  const upload = async (file: string | undefined): Promise<string | null> => {
    if (!file || !storage) return null;
    return storeDemoImage(storage, { name: file, bytes: await readFile(`${imagesDir}/${file}`) });
  };
  if (storage) await moveLegacyDemoPhotos({ db, upload });
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
    const moved = await upload(key.slice(LEGACY_DEMO_FOLDER.length));
    await db.restaurant.updateMany({ where: { coverImageKey: key }, data: { coverImageKey: moved } });
    await db.menuItem.updateMany({ where: { imageKey: key }, data: { imageKey: moved } });
  }
  if (covers.length > 0) forgetBrowseSnapshot({ db });
}
