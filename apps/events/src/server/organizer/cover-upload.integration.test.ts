import { afterAll, beforeAll, describe, expect, it} from "vitest";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestEvent } from "@/testing/create-test-event";
import { renderTestPng } from "@/testing/render-test-png";
import { seedDemoEvents } from "../seed/seed-demo-events";

const { callRoute, ownerA, ownerB } = routeClientFor("events");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let imageRoute: typeof import("@/app/api/images/[...key]/route");

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  routes = await app.importRoutes();
  imageRoute = await import("@/app/api/images/[...key]/route");
});
afterAll(() => app?.close());

const png = () => renderTestPng({ from: [10, 20, 30], to: [200, 100, 50], width: 320, height: 160 });
const putTo = (presigned: { uploadUrl: string; headers: Record<string, string> }, bytes: Uint8Array | string, headers: Record<string, string> = {}) =>
  fetch(presigned.uploadUrl, { method: "PUT", headers: { ...presigned.headers, ...headers }, body: typeof bytes === "string" ? bytes : new Blob([new Uint8Array(bytes)]) });

async function presign(eventId: string, cookie: string, contentType = "image/png") {
  const presigned = await callRoute(routes("/api/owner/events/[id]/cover").POST, { method: "POST", params: { id: eventId }, body: { contentType }, cookie });
  expect(presigned.status).toBe(200);
  return presigned.json as { key: string; uploadUrl: string; headers: Record<string, string> };
}

async function upload(eventId: string, cookie: string, bytes: Uint8Array | string, contentType = "image/png") {
  const presigned = await presign(eventId, cookie, contentType);
  expect((await putTo(presigned, bytes)).ok).toBe(true);
  const confirmed = await callRoute(routes("/api/owner/events/[id]/cover/confirm").POST, { method: "POST", params: { id: eventId }, body: { key: presigned.key }, cookie });
  return { presigned, confirmed };
}

/** GET /api/images/{key} through the app's own route, as the event page's <img> does. */
async function served(path: string) {
  const key = new URL(path, "http://localhost").pathname.replace(/^\/api\/images\//, "");
  const response = await imageRoute.GET(new Request(`http://localhost/api/images/${key}?w=640`), { params: Promise.resolve({ key: key.split("/") }) });
  return { status: response.status, type: response.headers.get("content-type") };
}

describe("cover image upload", () => {
  it("uploads straight to the bucket, confirms the image into images/, attaches it and serves a thumbnail on the event page", async () => {
    const event = await createTestEvent(app.db, { organizerId: ownerA.id });
    const cookie = await app.cookieFor(ownerA);
    const { presigned, confirmed } = await upload(event.id, cookie, png());
    expect(presigned.key).toMatch(new RegExp(`^uploads/events/${event.id}/cover/.+\\.png$`));
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ key: expect.stringMatching(new RegExp(`^images/events/${event.id}/cover/.+\\.png$`)), width: 320, height: 160 });
    expect((await app.db.event.findUniqueOrThrow({ where: { id: event.id } })).coverImageKey).toBe(confirmed.json.key);
    const page = await callRoute(routes("/api/events/[slug]").GET, { params: { slug: event.slug } });
    expect(page.json.event.image).toBe(`/api/images/${confirmed.json.key}?w=640`);
    expect(await served(page.json.event.image)).toEqual({ status: 200, type: "image/webp" });
    expect(await app.storage.client.statObject(app.storage.bucket, presigned.key).then(() => "kept", () => "deleted")).toBe("deleted");
  });

  it("keeps the confirmed cover when HTML is PUT to the same upload URL afterwards", async () => {
    const event = await createTestEvent(app.db, { organizerId: ownerA.id });
    const { presigned, confirmed } = await upload(event.id, await app.cookieFor(ownerA), png());
    expect((await putTo(presigned, "<!doctype html><script>alert(1)</script>", { "content-type": "text/html" })).status).toBe(200);
    const page = await callRoute(routes("/api/events/[slug]").GET, { params: { slug: event.slug } });
    expect(page.json.event.image).toBe(`/api/images/${confirmed.json.key}?w=640`);
    expect(await served(page.json.event.image)).toEqual({ status: 200, type: "image/webp" });
  });

  it("serves neither unconfirmed uploads nor objects outside the confirmed namespace", async () => {
    const event = await createTestEvent(app.db, { organizerId: ownerA.id });
    const presigned = await presign(event.id, await app.cookieFor(ownerA));
    expect((await putTo(presigned, png())).status).toBe(200);
    await app.storage.client.putObject(app.storage.bucket, "secprobe/outside-prefix.jpg", png());
    expect(await served(`/api/images/${presigned.key}`)).toMatchObject({ status: 404 });
    expect(await served("/api/images/secprobe/outside-prefix.jpg")).toMatchObject({ status: 404 });
  });

  it("refuses a file that is not an image, and another organizer's event", async () => {
    const event = await createTestEvent(app.db, { organizerId: ownerA.id });
    const { confirmed: refused } = await upload(event.id, await app.cookieFor(ownerA), "<svg onload=alert(1)>");
    expect(refused.status).toBe(415);
    expect((await app.db.event.findUniqueOrThrow({ where: { id: event.id } })).coverImageKey).toBeNull();
    const stranger = await callRoute(routes("/api/owner/events/[id]/cover").POST, { method: "POST", params: { id: event.id }, body: { contentType: "image/png" }, cookie: await app.cookieFor(ownerB) });
    expect(stranger.status).toBe(404);
  });
});

describe("demo covers", () => {
  it("are seeded into the confirmed namespace, served, and moved there when seeded before it existed", async () => {
    await seedDemoEvents({ db: app.db, storage: app.storage });
    const demo = await app.db.event.findUniqueOrThrow({ where: { slug: "friday-night-steppers-social" } });
    expect(demo.coverImageKey).toBe("images/demo/friday-night-steppers-social.jpg");
    expect(await served(`/api/images/${demo.coverImageKey}`)).toEqual({ status: 200, type: "image/webp" });

    await app.db.event.update({ where: { id: demo.id }, data: { coverImageKey: "demo/friday-night-steppers-social.png" } });
    expect(await seedDemoEvents({ db: app.db, storage: app.storage })).toEqual([]);
    expect((await app.db.event.findUniqueOrThrow({ where: { id: demo.id } })).coverImageKey).toBe(demo.coverImageKey);
  });
});
