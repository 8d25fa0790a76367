import { activityResponseSchema, feedResponseSchema, searchResponseSchema } from "@stepperslife/contracts";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestEvent } from "@/testing/create-test-event";
import { seedDemoEvents } from "../seed/seed-demo-events";

const { callRoute, customer } = routeClientFor("events");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  routes = await app.importRoutes();
});
afterAll(() => app?.close());

describe("seed, lists and the portal contract", () => {
  it("seeds the demo calendar idempotently, with covers in the bucket", async () => {
    expect(await seedDemoEvents({ db: app.db, storage: app.storage })).toHaveLength(3);
    expect(await seedDemoEvents({ db: app.db, storage: app.storage })).toEqual([]);
    const events = await app.db.event.findMany({ include: { ticketTypes: true } });
    expect(events.map((event) => event.slug).sort()).toEqual(["footwork-fundamentals-workshop", "friday-night-steppers-social", "steppin-on-the-bayou-weekend"]);
    for (const event of events) {
      expect(event.ticketTypes.length).toBeGreaterThan(1);
      const stat = await app.storage.client.statObject(app.storage.bucket, event.coverImageKey!);
      expect(stat.size).toBeGreaterThan(1000);
    }
  });

  it("lists upcoming events with search, city and date filters; past events only when asked", async () => {
    const past = await createTestEvent(app.db, { startsInHours: -48 });
    await createTestEvent(app.db, { status: "draft" });
    const list = async (query: string) => (await callRoute(routes("/api/events").GET, { path: `/api/events${query}` })).json.events.map((event: { slug: string }) => event.slug);
    const upcoming = await list("");
    expect(upcoming.slice(0, 3)).toEqual(["friday-night-steppers-social", "footwork-fundamentals-workshop", "steppin-on-the-bayou-weekend"]);
    expect(upcoming).not.toContain(past.slug);
    expect(upcoming.some((slug: string) => slug.startsWith("test-"))).toBe(false);
    expect(await list("?past=1")).toContain(past.slug);
    expect(await list("?city=detroit")).toEqual(["footwork-fundamentals-workshop"]);
    expect(await list("?q=all-white")).toEqual(["steppin-on-the-bayou-weekend"]);
    const in20Days = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    expect(await list(`?to=${in20Days}`)).toEqual(["friday-night-steppers-social", "footwork-fundamentals-workshop"]);
    expect(await list(`?from=${in20Days}`)).toEqual(["steppin-on-the-bayou-weekend"]);
  });

  it("shows an event in its own time zone with seats remaining", async () => {
    const answer = await callRoute(routes("/api/events/[slug]").GET, { path: "/api/events/footwork-fundamentals-workshop", params: { slug: "footwork-fundamentals-workshop" } });
    expect(answer.status).toBe(200);
    expect(answer.json.event.when).toMatch(/1:00 PM (EST|EDT)$/);
    expect(answer.json.event.ticketTypes.map((type: { name: string; remaining: number }) => [type.name, type.remaining])).toEqual([["Single", 30], ["Couple", 15]]);
  });

  it("answers feed, search and activity in the contract's shapes", async () => {
    const feed = feedResponseSchema.parse((await callRoute(routes("/api/feed").GET, { path: "/api/feed" })).json);
    expect(feed.items.map((item) => item.id).slice(0, 3)).toEqual(["friday-night-steppers-social", "footwork-fundamentals-workshop", "steppin-on-the-bayou-weekend"]);
    // From $15: the free volunteer ticket beside the paid ones does not make the social free.
    expect(feed.items[0]!.price).toEqual({ amountCents: 1500, currency: "USD" });
    const search = searchResponseSchema.parse((await callRoute(routes("/api/search").GET, { path: "/api/search?q=bayou" })).json);
    expect(search.items.map((item) => item.id)).toEqual(["steppin-on-the-bayou-weekend"]);

    const event = await app.db.event.findUniqueOrThrow({ where: { slug: "friday-night-steppers-social" }, include: { ticketTypes: true } });
    const volunteer = event.ticketTypes.find((type) => type.priceCents === 0)!;
    const cookie = await app.cookieFor(customer);
    const placed = await callRoute(routes("/api/orders").POST, { method: "POST", body: { eventId: event.id, lines: [{ ticketTypeId: volunteer.id, quantity: 1 }] }, cookie });
    expect(placed.json).toMatchObject({ order: { status: "paid", totalCents: 0 }, checkoutUrl: null });
    const ticket = await app.db.ticket.findFirstOrThrow({ where: { orderId: placed.json.order.id } });
    // Sent by the app's job worker a moment after the order commits.
    const inbox = async () => JSON.stringify(await (await fetch(`${app.mail.webUrl}/api/messages?to=${customer.email}`)).json());
    await vi.waitFor(async () => expect(await inbox()).toContain("Tickets: Friday Night Steppers Social"), { timeout: 10_000 });
    expect(await inbox()).toContain(ticket.code);
    const activity = activityResponseSchema.parse((await callRoute(routes("/api/me/activity").GET, { path: "/api/me/activity", cookie })).json);
    expect(activity.items).toHaveLength(1);
    expect(activity.items[0]).toMatchObject({ kind: "ticket", status: "tickets issued", title: "1 ticket · Friday Night Steppers Social" });
    expect((await callRoute(routes("/api/me/activity").GET, { path: "/api/me/activity" })).status).toBe(401);
  });
});
