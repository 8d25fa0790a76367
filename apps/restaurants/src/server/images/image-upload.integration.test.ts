import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importRoutes, type Routes } from "../../testing/import-routes";
import { callRoute, ownerA } from "../../testing/route-client";
import { startRestaurantsTestApp, type RestaurantsTestApp } from "../../testing/start-restaurants-test-app";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

vi.mock("server-only", () => ({}));

let app: RestaurantsTestApp;
let routes: Routes;
let cookie: string;
let restaurantId: string;
let itemId: string;
const jpeg = await readFile(fileURLToPath(new URL("../../../prisma/demo-images/dish-fried.jpg", import.meta.url)));

beforeAll(async () => {
  app = await startRestaurantsTestApp();
  await seedDemoRestaurants({ db: app.db, storage: app.storage });
  routes = await importRoutes();
  cookie = await app.cookieFor(ownerA);
  await callRoute(routes.claimDemo.POST, { method: "POST", cookie });
  const item = await app.db.menuItem.findFirstOrThrow({ where: { imageKey: null } });
  ({ restaurantId, id: itemId } = item);
});
afterAll(() => app?.close());

/** What the dashboard's upload field does: ask for a URL, PUT the file straight to the bucket, confirm. */
const query = (target: Record<string, string>) => `?${new URLSearchParams(target)}`;

async function upload(target: Record<string, string>, contentType: string, bytes: Buffer | string) {
  const presigned = await callRoute(routes.images.POST, { method: "POST", path: `/x${query(target)}`, params: { id: restaurantId }, body: { contentType }, cookie });
  expect(presigned.status).toBe(200);
  expect(Date.parse(presigned.json.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  const put = await fetch(presigned.json.uploadUrl, { method: "PUT", headers: presigned.json.headers, body: typeof bytes === "string" ? bytes : new Blob([new Uint8Array(bytes)]) });
  expect(put.status).toBe(200);
  const confirmed = await callRoute(routes.confirmImage.POST, { method: "POST", path: `/x${query(target)}`, params: { id: restaurantId }, body: { key: presigned.json.key }, cookie });
  return { key: presigned.json.key as string, confirmed };
}

const exists = (key: string) => app.storage.client.statObject(app.storage.bucket, key).then(() => true, () => false);

describe("image uploads", () => {
  it("attaches a real JPEG as a dish photo and serves WebP thumbnails of it", async () => {
    const { key, confirmed } = await upload({ target: "item", itemId }, "image/jpeg", jpeg);
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ key, contentType: "image/jpeg", width: 640, height: 480, url: `/api/images/${key}?w=640` });
    expect((await app.db.menuItem.findUniqueOrThrow({ where: { id: itemId } })).imageKey).toBe(key);
    const { GET } = await import("../../app/api/images/[...key]/route");
    const thumbnail = await GET(new Request(`http://localhost/api/images/${key}?w=320`), { params: Promise.resolve({ key: key.split("/") }) });
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
  });

  it("refuses HTML named as a JPEG and an oversize file, deleting both and attaching nothing", async () => {
    const before = (await app.db.restaurant.findUniqueOrThrow({ where: { id: restaurantId } })).coverImageKey;
    const html = await upload({ target: "cover" }, "image/jpeg", "<!doctype html><script>alert(1)</script>".padEnd(400, " "));
    expect([html.confirmed.status, html.confirmed.json.error.code]).toEqual([415, "unsupported_media_type"]);
    const oversize = Buffer.alloc(5 * 1024 * 1024 + 1);
    oversize.set(jpeg.subarray(0, 64));
    const big = await upload({ target: "cover" }, "image/jpeg", oversize);
    expect([big.confirmed.status, big.confirmed.json.error.code]).toEqual([413, "payload_too_large"]);
    expect(await exists(html.key)).toBe(false);
    expect(await exists(big.key)).toBe(false);
    expect((await app.db.restaurant.findUniqueOrThrow({ where: { id: restaurantId } })).coverImageKey).toBe(before);
  });

  it("refuses a key uploaded for another dish or restaurant", async () => {
    const presigned = await callRoute(routes.images.POST, { method: "POST", path: "/x?target=cover", params: { id: restaurantId }, body: { contentType: "image/jpeg" }, cookie });
    await fetch(presigned.json.uploadUrl, { method: "PUT", headers: presigned.json.headers, body: jpeg });
    const misplaced = await callRoute(routes.confirmImage.POST, { method: "POST", path: `/x${query({ target: "item", itemId })}`, params: { id: restaurantId }, body: { key: presigned.json.key }, cookie });
    expect(misplaced.status).toBe(422);
    expect((await app.db.menuItem.findUniqueOrThrow({ where: { id: itemId } })).imageKey).not.toBe(presigned.json.key);
  });
});
