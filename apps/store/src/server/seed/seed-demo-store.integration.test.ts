import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { DEMO_IMAGES_DIR } from "./demo-images-dir";
import { DEMO_OWNER_ID } from "./demo-owner";
import { seedDemoStore } from "./seed-demo-store";

let app: VerticalTestApp<PrismaClient>;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
});
afterAll(() => app?.close());

const storedSize = async (key: string) => (await app.storage.client.statObject(app.storage.bucket, key)).size;
const rows = async () => [await app.db.shop.count(), await app.db.product.count(), await app.db.productVariant.count(), await app.db.productImage.count()];

describe("seeding the demo store", () => {
  it("stops before writing anything when a photo is missing, naming it", async () => {
    await expect(seedDemoStore({ db: app.db, storage: app.storage, imagesDir: join(DEMO_IMAGES_DIR, "nowhere") })).rejects.toThrow(/missing .*logo-smooth-glide\.jpg/);
    expect(await app.db.shop.count()).toBe(0);
  });

  it("creates three demo shops with their photos and logos in the bucket, once", async () => {
    expect(await seedDemoStore({ db: app.db, storage: app.storage })).toEqual(["smooth-glide-footwear", "sharp-threads-boutique", "groove-records"]);
    const shops = await app.db.shop.findMany({ orderBy: { name: "asc" } });
    expect(shops.map((shop) => [shop.ownerId, shop.logoKey])).toEqual([
      [DEMO_OWNER_ID, "images/demo/logo-groove-records.jpg"],
      [DEMO_OWNER_ID, "images/demo/logo-sharp-threads.jpg"],
      [DEMO_OWNER_ID, "images/demo/logo-smooth-glide.jpg"],
    ]);
    const oxford = await app.db.product.findUniqueOrThrow({ where: { slug: "glide-oxford" }, include: { images: { orderBy: { position: "asc" } } } });
    expect(oxford.images.map((image) => image.key)).toEqual(["images/demo/shoes-glide-oxford-black.jpg", "images/demo/shoes-glide-oxford-cognac.jpg"]);
    expect(await storedSize(oxford.images[0]!.key)).toBe((await readFile(join(DEMO_IMAGES_DIR, "shoes-glide-oxford-black.jpg"))).length);
    expect(await app.db.productImage.count()).toBe(10);

    const before = await rows();
    expect(await seedDemoStore({ db: app.db, storage: app.storage })).toEqual([]);
    expect(await rows()).toEqual(before);
  });

  it("gives an unclaimed shop seeded without photos its photos, and leaves a claimed one alone", async () => {
    const groove = await app.db.shop.findUniqueOrThrow({ where: { slug: "groove-records" } });
    await app.db.productImage.deleteMany({ where: { product: { shopId: groove.id } } });
    await app.db.shop.update({ where: { id: groove.id }, data: { logoKey: null } });
    const threads = await app.db.shop.update({ where: { slug: "sharp-threads-boutique" }, data: { ownerId: "someone-who-claimed-it", logoKey: null } });

    await seedDemoStore({ db: app.db, storage: app.storage });
    expect((await app.db.shop.findUniqueOrThrow({ where: { id: groove.id } })).logoKey).toBe("images/demo/logo-groove-records.jpg");
    expect(await app.db.productImage.count({ where: { product: { shopId: groove.id } } })).toBe(2);
    expect((await app.db.shop.findUniqueOrThrow({ where: { id: threads.id } })).logoKey).toBeNull();
  });
});
