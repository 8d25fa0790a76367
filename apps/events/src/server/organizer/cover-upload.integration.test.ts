import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEvent } from "../../testing/create-test-event";
import { importRoutes, type Routes } from "../../testing/import-routes";
import { callRoute, ownerA, ownerB } from "../../testing/route-client";
import { startEventsTestApp, type EventsTestApp } from "../../testing/start-events-test-app";
import { renderCoverPng } from "../seed/render-cover-png";

vi.mock("server-only", () => ({}));

let app: EventsTestApp;
let routes: Routes;

beforeAll(async () => {
  app = await startEventsTestApp();
  routes = await importRoutes();
});
afterAll(() => app?.close());

async function upload(eventId: string, cookie: string, bytes: Uint8Array | string, contentType = "image/png") {
  const presigned = await callRoute(routes.cover.POST, { method: "POST", params: { id: eventId }, body: { contentType }, cookie });
  expect(presigned.status).toBe(200);
  const put = await fetch(presigned.json.uploadUrl, { method: "PUT", headers: presigned.json.headers, body: typeof bytes === "string" ? bytes : new Blob([new Uint8Array(bytes)]) });
  expect(put.ok).toBe(true);
  return callRoute(routes.coverConfirm.POST, { method: "POST", params: { id: eventId }, body: { key: presigned.json.key }, cookie });
}

describe("cover image upload", () => {
  it("uploads straight to the bucket, checks the image, attaches it and serves a thumbnail on the event page", async () => {
    const event = await createTestEvent(app.db, { organizerId: ownerA.id });
    const cookie = await app.cookieFor(ownerA);
    const confirmed = await upload(event.id, cookie, renderCoverPng({ from: [10, 20, 30], to: [200, 100, 50], width: 320, height: 160 }));
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ key: expect.stringMatching(new RegExp(`^events/${event.id}/cover/.+\\.png$`)), width: 320, height: 160 });
    expect((await app.db.event.findUniqueOrThrow({ where: { id: event.id } })).coverImageKey).toBe(confirmed.json.key);
    const page = await callRoute(routes.event.GET, { params: { slug: event.slug } });
    expect(page.json.event.image).toBe(`/api/images/${confirmed.json.key}?w=640`);
    const { GET } = await import("../../app/api/images/[...key]/route");
    const thumbnail = await GET(new Request(`http://localhost${page.json.event.image}`), { params: Promise.resolve({ key: confirmed.json.key.split("/") }) });
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
  });

  it("refuses a file that is not an image, and another organizer's event", async () => {
    const event = await createTestEvent(app.db, { organizerId: ownerA.id });
    const refused = await upload(event.id, await app.cookieFor(ownerA), "<svg onload=alert(1)>");
    expect(refused.status).toBe(415);
    expect((await app.db.event.findUniqueOrThrow({ where: { id: event.id } })).coverImageKey).toBeNull();
    const stranger = await callRoute(routes.cover.POST, { method: "POST", params: { id: event.id }, body: { contentType: "image/png" }, cookie: await app.cookieFor(ownerB) });
    expect(stranger.status).toBe(404);
  });
});
