import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { MAX_PRODUCT_PHOTOS } from "./image-target";

const { callRoute, ownerA } = routeClientFor("store");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let cookie: string;
let shopId: string;
let productId: string;
const jpeg = await readFile(fileURLToPath(new URL("../../../prisma/demo-images/shoes-glide-oxford-black.jpg", import.meta.url)));
const html = "<!doctype html><script>alert(1)</script>".padEnd(400, " ");

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
  routes = await app.importRoutes();
  cookie = await app.cookieFor(ownerA);
  shopId = (await callRoute(routes("/api/owner/shops").POST, { method: "POST", cookie, body: { name: "Photo Shop", city: "Chicago", region: "IL", timeZone: "America/Chicago" } })).json.shop.id;
  productId = (await callRoute(routes("/api/owner/shops/[id]/products").POST, { method: "POST", params: { id: shopId }, cookie, body: { name: "Photo Oxford", category: "shoes" } })).json.product.id;
});
afterAll(() => app?.close());

/** What the dashboard's upload field does: ask for a URL, PUT the file straight to the bucket, confirm. */
const query = (target: Record<string, string>) => `?${new URLSearchParams(target)}`;
const product = () => ({ target: "product", productId });
const putTo = (presigned: { uploadUrl: string; headers: Record<string, string> }, bytes: Buffer | string) =>
  fetch(presigned.uploadUrl, { method: "PUT", headers: presigned.headers, body: typeof bytes === "string" ? bytes : new Blob([new Uint8Array(bytes)]) });

async function presign(target: Record<string, string>, contentType = "image/jpeg") {
  return callRoute(routes("/api/owner/shops/[id]/images").POST, { method: "POST", path: `/x${query(target)}`, params: { id: shopId }, body: { contentType }, cookie });
}

async function upload(target: Record<string, string>, bytes: Buffer | string = jpeg) {
  const presigned = await presign(target);
  expect(presigned.status).toBe(200);
  expect(Date.parse(presigned.json.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  expect((await putTo(presigned.json as never, bytes)).status).toBe(200);
  const confirmed = await callRoute(routes("/api/owner/shops/[id]/images/confirm").POST, { method: "POST", path: `/x${query(target)}`, params: { id: shopId }, body: { key: presigned.json.key }, cookie });
  return { key: presigned.json.key as string, confirmed };
}

const exists = (key: string) => app.storage.client.statObject(app.storage.bucket, key).then(() => true, () => false);
const photoIds = async () => (await app.db.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } })).map(({ id }) => id);

describe("shop logo and product photo uploads", () => {
  it("attaches a logo under the confirmed namespace and deletes the one it replaces", async () => {
    const first = await upload({ target: "logo" });
    expect(first.key).toMatch(new RegExp(`^uploads/shops/${shopId}/logo/[0-9a-f-]{36}\\.jpg$`));
    expect(first.confirmed.status).toBe(200);
    const logo = first.confirmed.json.key as string;
    expect(logo).toMatch(new RegExp(`^images/shops/${shopId}/logo/[0-9a-f-]{36}\\.jpg$`));
    expect(first.confirmed.json.url).toBe(`/api/images/${logo}?w=640`);
    expect((await app.db.shop.findUniqueOrThrow({ where: { id: shopId } })).logoKey).toBe(logo);
    const second = await upload({ target: "logo" });
    expect((await app.db.shop.findUniqueOrThrow({ where: { id: shopId } })).logoKey).toBe(second.confirmed.json.key);
    expect(await exists(logo)).toBe(false);
    expect(await exists(first.key)).toBe(false);
  });

  it("adds product photos in order, the first the cover, with thumbnails", async () => {
    const photos = [await upload(product()), await upload(product()), await upload(product())];
    for (const { confirmed } of photos) {
      expect(confirmed.status).toBe(200);
      expect(confirmed.json.key).toMatch(new RegExp(`^images/shops/${shopId}/products/${productId}/`));
      expect(confirmed.json.thumbnailUrl).toBe(`/api/images/${confirmed.json.key}?w=160`);
    }
    const stored = await app.db.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
    expect(stored.map((image) => image.key)).toEqual(photos.map(({ confirmed }) => confirmed.json.key));
    expect(stored.map((image) => image.position)).toEqual([0, 1, 2]);
  });

  it("reorders photos, refusing a list that is not exactly the product's photos", async () => {
    const ids = await photoIds();
    const reordered = [ids[2]!, ids[0]!, ids[1]!];
    const put = (imageIds: string[]) => callRoute(routes("/api/owner/products/[id]/images").PUT, { method: "PUT", params: { id: productId }, body: { imageIds }, cookie });
    expect((await put(reordered)).status).toBe(200);
    expect(await photoIds()).toEqual(reordered);
    expect((await put(reordered.slice(0, 2))).status).toBe(409);
    expect((await put([...reordered.slice(0, 2), crypto.randomUUID()])).status).toBe(404);
    expect(await photoIds()).toEqual(reordered);
  });

  it("deletes a photo and its object, but keeps the last one of a published product", async () => {
    const [first, ...rest] = await app.db.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
    const remove = (imageId: string) => callRoute(routes("/api/owner/products/[id]/images/[imageId]").DELETE, { method: "DELETE", params: { id: productId, imageId }, cookie });
    expect((await remove(first!.id)).status).toBe(200);
    expect(await exists(first!.key)).toBe(false);
    expect((await remove(rest[0]!.id)).status).toBe(200);
    await app.db.product.update({ where: { id: productId }, data: { published: true } });
    const last = await remove(rest[1]!.id);
    expect([last.status, last.json.error.message]).toEqual([422, "Photo Oxford is published and this is its only photo. Add another or unpublish it first."]);
    expect(await exists(rest[1]!.key)).toBe(true);
    await app.db.product.update({ where: { id: productId }, data: { published: false } });
  });

  it("refuses HTML named as a JPEG, deleting it and attaching nothing", async () => {
    const before = await photoIds();
    const refused = await upload(product(), html);
    expect([refused.confirmed.status, refused.confirmed.json.error.code]).toEqual([415, "unsupported_media_type"]);
    expect(await exists(refused.key)).toBe(false);
    expect(await photoIds()).toEqual(before);
  });

  it("refuses a key uploaded for the logo as a product photo", async () => {
    const presigned = await presign({ target: "logo" });
    await putTo(presigned.json as never, jpeg);
    const misplaced = await callRoute(routes("/api/owner/shops/[id]/images/confirm").POST, { method: "POST", path: `/x${query(product())}`, params: { id: shopId }, body: { key: presigned.json.key }, cookie });
    expect(misplaced.status).toBe(422);
  });

  it(`stops at ${MAX_PRODUCT_PHOTOS} photos a product`, async () => {
    const have = (await photoIds()).length;
    await app.db.productImage.createMany({ data: Array.from({ length: MAX_PRODUCT_PHOTOS - have }, (_, index) => ({ productId, key: `images/demo/filler-${index}.jpg`, position: 10 + index })) });
    const refused = await presign(product());
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toContain(`${MAX_PRODUCT_PHOTOS} photos`);
  });
});
