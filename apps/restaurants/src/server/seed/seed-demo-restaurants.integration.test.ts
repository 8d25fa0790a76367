import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "./seed-demo-restaurants";

let app: VerticalTestApp<PrismaClient>;
const imagesDir = fileURLToPath(new URL("../../../prisma/demo-images/", import.meta.url));

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db, storage: app.storage });
});
afterAll(() => app?.close());

const item = (name: string) => app.db.menuItem.findFirstOrThrow({ where: { name } });
const restaurant = (slug: string) => app.db.restaurant.findUniqueOrThrow({ where: { slug } });
const storedSize = async (key: string) => (await app.storage.client.statObject(app.storage.bucket, key)).size;

describe("demo restaurant photos", () => {
  it("give every restaurant a cover and every dish its own photo", async () => {
    const items = await app.db.menuItem.findMany();
    expect(items.length).toBeGreaterThan(0);
    for (const { imageKey } of items) expect(imageKey).toMatch(/^images\/demo\/dish-[a-z-]+\.jpg$/);
    for (const { coverImageKey } of await app.db.restaurant.findMany()) expect(coverImageKey).toMatch(/^images\/demo\/[a-z-]+-cover\.jpg$/);
  });

  it("bring a restaurant nobody has claimed up to the photos shipped, and leave a claimed one alone", async () => {
    // As an earlier seed left them: a dish without a photo, one under its old file name, a cover since redrawn.
    await app.db.menuItem.update({ where: { id: (await item("Smothered chicken")).id }, data: { imageKey: null } });
    await app.db.menuItem.update({ where: { id: (await item("Fried catfish plate")).id }, data: { imageKey: "images/demo/dish-fried.jpg" } });
    const cover = (await restaurant("soul-kitchen-chicago")).coverImageKey!;
    await app.storage.client.putObject(app.storage.bucket, cover, Buffer.from(await readFile(`${imagesDir}/dish-oxtails.jpg`)));
    const claimed = await restaurant("green-groove-la");
    await app.db.restaurant.update({ where: { id: claimed.id }, data: { ownerId: "someone-who-claimed-it" } });
    await app.db.menuItem.update({ where: { id: (await item("Groove salad")).id }, data: { imageKey: null } });

    expect(await seedDemoRestaurants({ db: app.db, storage: app.storage })).toEqual([]);
    expect((await item("Smothered chicken")).imageKey).toBe("images/demo/dish-smothered-chicken.jpg");
    expect((await item("Fried catfish plate")).imageKey).toBe("images/demo/dish-fried-catfish-plate.jpg");
    expect(await storedSize(cover)).toBe((await readFile(`${imagesDir}/soul-kitchen-cover.jpg`)).length);
    expect((await item("Groove salad")).imageKey).toBeNull();
  });

  it("move a record still pointing at a photo's old name in the legacy demo/ folder to the photo that replaced it", async () => {
    const dish = await item("Seafood gumbo");
    await app.db.menuItem.update({ where: { id: dish.id }, data: { imageKey: "demo/dish-gumbo.jpg" } });
    await seedDemoRestaurants({ db: app.db, storage: app.storage });
    expect((await item("Seafood gumbo")).imageKey).toBe("images/demo/dish-seafood-gumbo.jpg");
  });
});
