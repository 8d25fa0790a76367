import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countRows, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { connectBusiness } from "@stepperslife/payments/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "@/server/seed/seed-demo-restaurants";

const { callRoute, customer, ownerA, ownerB } = routeClientFor("restaurants");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
const cookies = { a: "", b: "", customer: "" };
let a: { restaurant: string; category: string; item: string; order: string; event: string };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db });
  routes = await app.importRoutes();
  cookies.a = await app.cookieFor(ownerA);
  cookies.b = await app.cookieFor(ownerB);
  cookies.customer = await app.cookieFor(customer);
  await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.a });
  // Owner B has a restaurant of their own; the demo ones are A's.
  const created = await callRoute(routes("/api/owner/restaurants").POST, {
    method: "POST",
    cookie: cookies.b,
    body: { name: "Bo's Fish Fry", cuisine: "Seafood", street: "2 Lake St", city: "Gary", region: "IN", postalCode: "46402", timeZone: "America/Chicago", hours: [{ weekday: 5, opens: "17:00", closes: "01:00" }] },
  });
  expect(created.status).toBe(201);

  const item = await app.db.menuItem.findFirstOrThrow({ where: { restaurant: { ownerId: ownerA.id } } });
  const restaurant = (await callRoute(routes("/api/restaurants/[slug]").GET, { params: { slug: "soul-kitchen-chicago" } })).json.restaurant;
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: restaurant.id });
  const placed = await callRoute(routes("/api/orders").POST, {
    method: "POST",
    cookie: cookies.customer,
    body: { restaurantId: restaurant.id, items: [{ menuItemId: restaurant.menu[0].items[0].id, quantity: 1 }], pickupAt: restaurant.pickupSlots[0], paymentMethod: "stripe" },
  });
  const order = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
  await app.stripe.completeCheckout(order.checkoutSessionId!);
  const paidEvents = { where: { type: "checkout.session.completed" } };
  await vi.waitFor(async () => expect(await app.db.stripeWebhookEvent.count(paidEvents)).toBe(1));
  const event = await app.db.stripeWebhookEvent.findFirstOrThrow(paidEvents);
  a = { restaurant: restaurant.id, category: item.categoryId, item: item.id, order: order.id, event: event.id };
});
afterAll(() => app?.close());

describe("an owner reaches only their own restaurants, menus, orders and events", () => {
  it("answers 404 to owner B for everything of owner A's, changing nothing", async () => {
    const r = routes;
    const before = await countRows(app.db);
    const asB = await Promise.all(
      [
        [r("/api/owner/restaurants/[id]").GET, { params: { id: a.restaurant } }],
        [r("/api/owner/restaurants/[id]").PATCH, { method: "PATCH", params: { id: a.restaurant }, body: { name: "Taken over" } }],
        [r("/api/owner/restaurants/[id]/menu").GET, { params: { id: a.restaurant } }],
        [r("/api/owner/restaurants/[id]/menu").PUT, { method: "PUT", params: { id: a.restaurant }, body: { categories: [] } }],
        [r("/api/owner/restaurants/[id]/categories").POST, { method: "POST", params: { id: a.restaurant }, body: { name: "Mine now" } }],
        [r("/api/owner/categories/[id]").PATCH, { method: "PATCH", params: { id: a.category }, body: { name: "Mine now" } }],
        [r("/api/owner/categories/[id]").DELETE, { method: "DELETE", params: { id: a.category } }],
        [r("/api/owner/items").POST, { method: "POST", body: { categoryId: a.category, name: "Intruder", priceCents: 1 } }],
        [r("/api/owner/items/[id]").PATCH, { method: "PATCH", params: { id: a.item }, body: { priceCents: 1, soldOut: true } }],
        [r("/api/owner/items/[id]").DELETE, { method: "DELETE", params: { id: a.item } }],
        [r("/api/owner/restaurants/[id]/images").POST, { method: "POST", path: "/x?target=cover", params: { id: a.restaurant }, body: { contentType: "image/png" } }],
        [r("/api/owner/restaurants/[id]/images/confirm").POST, { method: "POST", path: "/x?target=cover", params: { id: a.restaurant }, body: { key: `restaurants/${a.restaurant}/cover/x.png` } }],
        [r("/api/owner/restaurants/[id]/orders").GET, { params: { id: a.restaurant } }],
        [r("/api/owner/restaurants/[id]/sales").GET, { params: { id: a.restaurant } }],
        [r("/api/owner/orders/[id]/status").POST, { method: "POST", params: { id: a.order }, body: { status: "cancelled" } }],
        [r("/api/orders/[id]").GET, { params: { id: a.order } }],
        [r("/api/owner/webhook-events/[id]/replay").POST, { method: "POST", params: { id: a.event } }],
      ].map(async ([handler, options]) => (await callRoute(handler as Parameters<typeof callRoute>[0], { ...(options as object), cookie: cookies.b })).status),
    );
    expect(asB).toEqual(asB.map(() => 404));
    expect(await countRows(app.db)).toEqual(before);
    expect((await callRoute(r("/api/owner/webhook-events").GET, { cookie: cookies.b })).json.events).toEqual([]);
    expect((await callRoute(r("/api/owner/webhook-events").GET, { cookie: cookies.a })).json.events.map((event: { id: string }) => event.id)).toEqual([a.event]);
    const own = (await callRoute(r("/api/owner/restaurants").GET, { cookie: cookies.b })).json.restaurants;
    expect(own.map((restaurant: { name: string }) => restaurant.name)).toEqual(["Bo's Fish Fry"]);
  });

  it("lets owner A do the same things, and the restaurant's customer see the order", async () => {
    expect((await callRoute(routes("/api/owner/items/[id]").PATCH, { method: "PATCH", params: { id: a.item }, body: { soldOut: true }, cookie: cookies.a })).json.item.soldOut).toBe(true);
    expect((await callRoute(routes("/api/orders/[id]").GET, { params: { id: a.order }, cookie: cookies.a })).status).toBe(200);
    expect((await callRoute(routes("/api/orders/[id]").GET, { params: { id: a.order }, cookie: cookies.customer })).status).toBe(200);
    expect((await callRoute(routes("/api/owner/webhook-events/[id]/replay").POST, { method: "POST", params: { id: a.event }, cookie: cookies.a })).json.outcome).toBe("processed");
    expect(await app.db.orderStatusChange.count({ where: { orderId: a.order, toStatus: "new" } })).toBe(1);
  });

  it("answers 401 signed out and 403 to a customer on owner routes", async () => {
    for (const [cookie, status] of [[null, 401], [cookies.customer, 403]] as const) {
      expect((await callRoute(routes("/api/owner/restaurants").GET, { cookie })).status).toBe(status);
      expect((await callRoute(routes("/api/owner/restaurants/[id]/orders").GET, { params: { id: a.restaurant }, cookie })).status).toBe(status);
      expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie })).status).toBe(status);
    }
  });
});
