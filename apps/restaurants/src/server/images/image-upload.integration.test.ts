import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it} from "vitest";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

const { callRoute, ownerA } = routeClientFor("restaurants");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let imageRoute: typeof import("@/app/api/images/[...key]/route");
let cookie: string;
let restaurantId: string;
let itemId: string;
const jpeg = await readFile(fileURLToPath(new URL("../../../prisma/demo-images/dish-fried-catfish-plate.jpg", import.meta.url)));
const html = "<!doctype html><script>alert(1)</script>".padEnd(400, " ");

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db, storage: app.storage });
  routes = await app.importRoutes();
  imageRoute = await import("@/app/api/images/[...key]/route");
  cookie = await app.cookieFor(ownerA);
  await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie });
  const item = await app.db.menuItem.findFirstOrThrow({ orderBy: { name: "asc" } });
  ({ restaurantId, id: itemId } = item);
});
afterAll(() => app?.close());

/** What the dashboard's upload field does: ask for a URL, PUT the file straight to the bucket, confirm. */
const query = (target: Record<string, string>) => `?${new URLSearchParams(target)}`;
const putTo = (presigned: { uploadUrl: string; headers: Record<string, string> }, bytes: Buffer | string, headers: Record<string, string> = {}) =>
  fetch(presigned.uploadUrl, { method: "PUT", headers: { ...presigned.headers, ...headers }, body: typeof bytes === "string" ? bytes : new Blob([new Uint8Array(bytes)]) });

async function presign(target: Record<string, string>, contentType = "image/jpeg") {
  const presigned = await callRoute(routes("/api/owner/restaurants/[id]/images").POST, { method: "POST", path: `/x${query(target)}`, params: { id: restaurantId }, body: { contentType }, cookie });
  expect(presigned.status).toBe(200);
  expect(Date.parse(presigned.json.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  return presigned.json as { key: string; uploadUrl: string; headers: Record<string, string> };
}

async function upload(target: Record<string, string>, contentType: string, bytes: Buffer | string) {
  const presigned = await presign(target, contentType);
  expect((await putTo(presigned, bytes)).status).toBe(200);
  const confirmed = await callRoute(routes("/api/owner/restaurants/[id]/images/confirm").POST, { method: "POST", path: `/x${query(target)}`, params: { id: restaurantId }, body: { key: presigned.key }, cookie });
  return { key: presigned.key, presigned, confirmed };
}

const exists = (key: string) => app.storage.client.statObject(app.storage.bucket, key).then(() => true, () => false);
/** GET /api/images/{key}?w=320 through the app's own route. */
const served = async (key: string) => {
  const response = await imageRoute.GET(new Request(`http://localhost/api/images/${key}?w=320`), { params: Promise.resolve({ key: key.split("/") }) });
  return { status: response.status, type: response.headers.get("content-type") };
};

describe("image uploads", () => {
  it("attaches a real JPEG as a dish photo under the confirmed namespace and serves WebP thumbnails of it", async () => {
    const { key: uploadKey, confirmed } = await upload({ target: "item", itemId }, "image/jpeg", jpeg);
    expect(uploadKey).toMatch(new RegExp(`^uploads/restaurants/${restaurantId}/items/${itemId}/[0-9a-f-]{36}\\.jpg$`));
    expect(confirmed.status).toBe(200);
    const key = confirmed.json.key as string;
    expect(key).toMatch(new RegExp(`^images/restaurants/${restaurantId}/items/${itemId}/[0-9a-f-]{36}\\.jpg$`));
    expect(confirmed.json).toMatchObject({ contentType: "image/jpeg", width: 640, height: 480, url: `/api/images/${key}?w=640` });
    expect((await app.db.menuItem.findUniqueOrThrow({ where: { id: itemId } })).imageKey).toBe(key);
    expect(await served(key)).toEqual({ status: 200, type: "image/webp" });
    expect(await exists(uploadKey)).toBe(false);
  });

  it("keeps serving a confirmed cover after HTML is PUT to its upload URL again", async () => {
    const { presigned, confirmed } = await upload({ target: "cover" }, "image/jpeg", jpeg);
    expect(confirmed.status).toBe(200);
    const swap = await putTo(presigned, html, { "content-type": "text/html" });
    expect(swap.status).toBe(200);
    const cover = (await app.db.restaurant.findUniqueOrThrow({ where: { id: restaurantId } })).coverImageKey!;
    expect(cover).toBe(confirmed.json.key);
    expect(await served(cover)).toEqual({ status: 200, type: "image/webp" });
    const { slug } = await app.db.restaurant.findUniqueOrThrow({ where: { id: restaurantId } });
    const page = await callRoute(routes("/api/restaurants/[slug]").GET, { params: { slug } });
    expect(page.json.restaurant.coverImageUrl).toBe(`/api/images/${cover}?w=640`);
  });

  it("serves only confirmed images: 404 for uploads and for objects outside the namespace", async () => {
    const { key: pending, ...presigned } = await presign({ target: "cover" });
    expect((await putTo(presigned, jpeg)).status).toBe(200);
    await app.storage.client.putObject(app.storage.bucket, "secprobe/outside-prefix.jpg", jpeg);
    expect(await served(pending)).toMatchObject({ status: 404 });
    expect(await served("secprobe/outside-prefix.jpg")).toMatchObject({ status: 404 });
  });

  it("refuses HTML named as a JPEG and an oversize file, deleting both and attaching nothing", async () => {
    const before = (await app.db.restaurant.findUniqueOrThrow({ where: { id: restaurantId } })).coverImageKey;
    const refused = await upload({ target: "cover" }, "image/jpeg", html);
    expect([refused.confirmed.status, refused.confirmed.json.error.code]).toEqual([415, "unsupported_media_type"]);
    const oversize = Buffer.alloc(5 * 1024 * 1024 + 1);
    oversize.set(jpeg.subarray(0, 64));
    const big = await upload({ target: "cover" }, "image/jpeg", oversize);
    expect([big.confirmed.status, big.confirmed.json.error.code]).toEqual([413, "payload_too_large"]);
    expect(await exists(refused.key)).toBe(false);
    expect(await exists(big.key)).toBe(false);
    expect((await app.db.restaurant.findUniqueOrThrow({ where: { id: restaurantId } })).coverImageKey).toBe(before);
  });

  it("refuses a key uploaded for another dish or restaurant", async () => {
    const presigned = await presign({ target: "cover" });
    await putTo(presigned, jpeg);
    const misplaced = await callRoute(routes("/api/owner/restaurants/[id]/images/confirm").POST, { method: "POST", path: `/x${query({ target: "item", itemId })}`, params: { id: restaurantId }, body: { key: presigned.key }, cookie });
    expect(misplaced.status).toBe(422);
    expect(await exists(presigned.key)).toBe(true);
  });
});

describe("demo photos", () => {
  // The restaurant the uploads above went to has a new cover; the others still show their demo photos.
  const untouched = () => app.db.restaurant.findMany({ where: { id: { not: restaurantId } }, include: { items: { where: { imageKey: { not: null } } } } });

  it("are seeded into the confirmed namespace and served", async () => {
    const restaurants = await untouched();
    expect(restaurants).toHaveLength(4);
    for (const { coverImageKey, items } of restaurants) {
      for (const key of [coverImageKey, ...items.map((item) => item.imageKey)]) {
        expect(key).toMatch(/^images\/demo\/[a-z-]+\.jpg$/);
        expect(await served(key!)).toEqual({ status: 200, type: "image/webp" });
      }
    }
  });

  it("seeded before confirmed images had their own namespace are moved there on the next seed", async () => {
    const [demo] = await untouched();
    const [dish] = demo!.items;
    const [cover, photo] = [demo!.coverImageKey!, dish!.imageKey!];
    const legacy = (key: string) => key.replace(/^images\//, "");
    await app.db.restaurant.update({ where: { id: demo!.id }, data: { coverImageKey: legacy(cover) } });
    await app.db.menuItem.update({ where: { id: dish!.id }, data: { imageKey: legacy(photo) } });
    expect(legacy(cover)).toMatch(/^demo\//);
    expect(await seedDemoRestaurants({ db: app.db, storage: app.storage })).toEqual([]);
    expect((await app.db.restaurant.findUniqueOrThrow({ where: { id: demo!.id } })).coverImageKey).toBe(cover);
    expect((await app.db.menuItem.findUniqueOrThrow({ where: { id: dish!.id } })).imageKey).toBe(photo);
  });
});
