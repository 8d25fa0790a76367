import { afterAll, beforeAll, describe, expect, it} from "vitest";
import { type CallOptions, countRows, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { connectBusiness } from "@stepperslife/payments/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoEvents } from "@/server/seed/seed-demo-events";
import { DEMO_ORGANIZER_ID } from "@/server/seed/demo-organizer";

const { callRoute, customer } = routeClientFor("events");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let ids: { event: string; slug: string; type: string; otherType: string };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  // The demo organizer has set up payouts here, so the demo events' paid tickets are on sale.
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: DEMO_ORGANIZER_ID });
  await seedDemoEvents({ db: app.db });
  routes = await app.importRoutes();
  const [event, other] = await app.db.event.findMany({ include: { ticketTypes: true }, orderBy: { startsAt: "asc" } });
  ids = { event: event!.id, slug: event!.slug, type: event!.ticketTypes[0]!.id, otherType: other!.ticketTypes[0]!.id };
});
afterAll(() => app?.close());

type Case = [label: string, handler: Parameters<typeof callRoute>[0], options: CallOptions & { signedIn?: boolean }, status: number];

function cases(): Case[] {
  const r = routes;
  const valid = { eventId: ids.event, lines: [{ ticketTypeId: ids.type, quantity: 1 }] };
  const post = (body: unknown, extra: Partial<CallOptions> = {}) => ({ method: "POST", body, signedIn: true, ...extra });
  return [
    ["events: bad date", r("/api/events").GET, { path: "/api/events?from=tomorrow" }, 422],
    ["events: unknown parameter", r("/api/events").GET, { path: "/api/events?sort=price" }, 422],
    ["events: limit too big", r("/api/events").GET, { path: "/api/events?limit=1000" }, 422],
    ["event: bad slug", r("/api/events/[slug]").GET, { params: { slug: "Bad Slug!" } }, 422],
    ["event: unknown slug", r("/api/events/[slug]").GET, { params: { slug: "nobody-here" } }, 404],
    ["search: no q", r("/api/search").GET, { path: "/api/search" }, 422],
    ["orders: signed out", r("/api/orders").POST, { method: "POST", body: valid }, 401],
    ["orders: not JSON", r("/api/orders").POST, post("{nope"), 400],
    ["orders: form body", r("/api/orders").POST, post("eventId=x", { contentType: "application/x-www-form-urlencoded" }), 415],
    ["orders: empty", r("/api/orders").POST, post({}), 422],
    ["orders: no lines", r("/api/orders").POST, post({ ...valid, lines: [] }), 422],
    ["orders: zero quantity", r("/api/orders").POST, post({ ...valid, lines: [{ ticketTypeId: ids.type, quantity: 0 }] }), 422],
    ["orders: fractional quantity", r("/api/orders").POST, post({ ...valid, lines: [{ ticketTypeId: ids.type, quantity: 1.5 }] }), 422],
    ["orders: quantity as text", r("/api/orders").POST, post({ ...valid, lines: [{ ticketTypeId: ids.type, quantity: "2" }] }), 422],
    ["orders: bad ticket type id", r("/api/orders").POST, post({ ...valid, lines: [{ ticketTypeId: "1", quantity: 1 }] }), 422],
    ["orders: client price", r("/api/orders").POST, post({ ...valid, totalCents: 1 }), 422],
    ["orders: client line price", r("/api/orders").POST, post({ ...valid, lines: [{ ticketTypeId: ids.type, quantity: 1, priceCents: 1 }] }), 422],
    ["orders: unknown event", r("/api/orders").POST, post({ ...valid, eventId: crypto.randomUUID() }), 404],
    ["orders: another event's ticket type", r("/api/orders").POST, post({ ...valid, lines: [{ ticketTypeId: ids.otherType, quantity: 1 }] }), 422],
    ["orders: over the per-order limit", r("/api/orders").POST, post({ ...valid, lines: [{ ticketTypeId: ids.type, quantity: 50 }] }), 422],
    ["orders: unknown promo code", r("/api/orders").POST, post({ ...valid, promoCode: "NOPE" }), 422],
    ["order: bad id", r("/api/orders/[id]").GET, { params: { id: "42" }, signedIn: true }, 422],
    ["order: unknown id", r("/api/orders/[id]").GET, { params: { id: crypto.randomUUID() }, signedIn: true }, 404],
  ];
}

describe("malformed and refused input", () => {
  it("answers each with its 4xx and an error body, writing nothing", async () => {
    const before = await countRows(app.db);
    const cookie = await app.cookieFor(customer);
    for (const [label, handler, { signedIn, ...options }, status] of cases()) {
      const answer = await callRoute(handler, { ...options, cookie: signedIn ? cookie : null });
      expect({ label, status: answer.status }).toEqual({ label, status });
      expect(typeof answer.json.error?.message, label).toBe("string");
    }
    expect(await countRows(app.db)).toEqual(before);
  });

  it("does not let one buyer read another buyer's order", async () => {
    const placed = await callRoute(routes("/api/orders").POST, { method: "POST", body: { eventId: ids.event, lines: [{ ticketTypeId: ids.type, quantity: 1 }] }, cookie: await app.cookieFor(customer) });
    expect(placed.status).toBe(201);
    const stranger = { ...customer, id: "someone-else", email: "else@example.com" };
    const answer = await callRoute(routes("/api/orders/[id]").GET, { params: { id: placed.json.order.id }, cookie: await app.cookieFor(stranger) });
    expect(answer.status).toBe(404);
    const own = await callRoute(routes("/api/orders/[id]").GET, { params: { id: placed.json.order.id }, cookie: await app.cookieFor(customer) });
    expect(own.json.order.status).toBe("awaiting_payment");
  });
});
