import { afterAll, beforeAll, describe, expect, it} from "vitest";
import { type CallOptions, countRows, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "@/server/seed/seed-demo-restaurants";

const { callRoute, customer, ownerA } = routeClientFor("restaurants");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let ids: { restaurant: string; category: string; item: string };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db });
  routes = await app.importRoutes();
  await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: await app.cookieFor(ownerA) });
  const item = await app.db.menuItem.findFirstOrThrow({ include: { category: true } });
  ids = { restaurant: item.restaurantId, category: item.categoryId, item: item.id };
});
afterAll(() => app?.close());

type Case = [label: string, handler: Parameters<typeof callRoute>[0], options: CallOptions & { as?: "owner" | "customer" }];

const notJson = { body: "{nope", method: "POST" };
const formBody = { body: "name=x", contentType: "application/x-www-form-urlencoded", method: "POST" };

function cases(): Case[] {
  const r = routes;
  const restaurantParams = { params: { id: ids.restaurant } };
  const validOrder = { restaurantId: ids.restaurant, items: [{ menuItemId: ids.item, quantity: 1 }], pickupAt: new Date(Date.now() + 86_400_000).toISOString(), paymentMethod: "pay_at_pickup" };
  const validRestaurant = { name: "Test Kitchen", cuisine: "BBQ", street: "1 Main St", city: "Chicago", region: "IL", postalCode: "60601", timeZone: "America/Chicago" };
  return [
    ["restaurants: unknown cuisine", r("/api/restaurants").GET, { path: "/api/restaurants?cuisine=Pizza" }],
    ["restaurants: openNow=maybe", r("/api/restaurants").GET, { path: "/api/restaurants?openNow=maybe" }],
    ["restaurants: unknown parameter", r("/api/restaurants").GET, { path: "/api/restaurants?limit=5" }],
    ["restaurant: bad slug", r("/api/restaurants/[slug]").GET, { params: { slug: "Bad Slug!" } }],
    ["restaurant: unknown slug", r("/api/restaurants/[slug]").GET, { params: { slug: "nobody-here" } }],
    ["search: no q", r("/api/search").GET, { path: "/api/search" }],
    ["search: q too long", r("/api/search").GET, { path: `/api/search?q=${"x".repeat(101)}` }],
    ["orders: not JSON", r("/api/orders").POST, { ...notJson, as: "customer" }],
    ["orders: form body", r("/api/orders").POST, { ...formBody, as: "customer" }],
    ["orders: empty", r("/api/orders").POST, { method: "POST", body: {}, as: "customer" }],
    ["orders: no items", r("/api/orders").POST, { method: "POST", body: { ...validOrder, items: [] }, as: "customer" }],
    ["orders: zero quantity", r("/api/orders").POST, { method: "POST", body: { ...validOrder, items: [{ menuItemId: ids.item, quantity: 0 }] }, as: "customer" }],
    ["orders: fractional quantity", r("/api/orders").POST, { method: "POST", body: { ...validOrder, items: [{ menuItemId: ids.item, quantity: 1.5 }] }, as: "customer" }],
    ["orders: bad dish id", r("/api/orders").POST, { method: "POST", body: { ...validOrder, items: [{ menuItemId: "1", quantity: 1 }] }, as: "customer" }],
    ["orders: pickup not a time", r("/api/orders").POST, { method: "POST", body: { ...validOrder, pickupAt: "tonight" }, as: "customer" }],
    ["orders: unknown payment", r("/api/orders").POST, { method: "POST", body: { ...validOrder, paymentMethod: "cash" }, as: "customer" }],
    ["orders: client price", r("/api/orders").POST, { method: "POST", body: { ...validOrder, totalCents: 1 }, as: "customer" }],
    ["orders: unknown restaurant", r("/api/orders").POST, { method: "POST", body: { ...validOrder, restaurantId: crypto.randomUUID() }, as: "customer" }],
    ["order: bad id", r("/api/orders/[id]").GET, { params: { id: "42" }, as: "customer" }],
    ["order: unknown id", r("/api/orders/[id]").GET, { params: { id: crypto.randomUUID() }, as: "customer" }],
    ["owner restaurants: not JSON", r("/api/owner/restaurants").POST, { ...notJson, as: "owner" }],
    ["owner restaurants: empty", r("/api/owner/restaurants").POST, { method: "POST", body: {}, as: "owner" }],
    ["owner restaurants: bad time zone", r("/api/owner/restaurants").POST, { method: "POST", body: { ...validRestaurant, timeZone: "Mars/Olympus" }, as: "owner" }],
    ["owner restaurants: bad hours", r("/api/owner/restaurants").POST, { method: "POST", body: { ...validRestaurant, hours: [{ weekday: 7, opens: "25:00", closes: "02:00" }] }, as: "owner" }],
    ["owner restaurants: bad slug", r("/api/owner/restaurants").POST, { method: "POST", body: { ...validRestaurant, slug: "Not OK" }, as: "owner" }],
    ["owner restaurants: taken slug", r("/api/owner/restaurants").POST, { method: "POST", body: { ...validRestaurant, slug: "soul-kitchen-chicago" }, as: "owner" }],
    ["owner restaurant: bad id", r("/api/owner/restaurants/[id]").PATCH, { method: "PATCH", params: { id: "x" }, body: { name: "New" }, as: "owner" }],
    ["owner restaurant: nothing to change", r("/api/owner/restaurants/[id]").PATCH, { method: "PATCH", ...restaurantParams, body: {}, as: "owner" }],
    ["owner restaurant: blank name", r("/api/owner/restaurants/[id]").PATCH, { method: "PATCH", ...restaurantParams, body: { name: " " }, as: "owner" }],
    ["owner restaurant: prep minutes", r("/api/owner/restaurants/[id]").PATCH, { method: "PATCH", ...restaurantParams, body: { prepMinutes: 0 }, as: "owner" }],
    ["menu: not a list", r("/api/owner/restaurants/[id]/menu").PUT, { method: "PUT", ...restaurantParams, body: { categories: "all" }, as: "owner" }],
    ["menu: incomplete order", r("/api/owner/restaurants/[id]/menu").PUT, { method: "PUT", ...restaurantParams, body: { categories: [{ id: ids.category, itemIds: [] }] }, as: "owner" }],
    ["categories: blank name", r("/api/owner/restaurants/[id]/categories").POST, { method: "POST", ...restaurantParams, body: { name: "" }, as: "owner" }],
    ["category: bad id", r("/api/owner/categories/[id]").PATCH, { method: "PATCH", params: { id: "x" }, body: { name: "Mains" }, as: "owner" }],
    ["category: not empty", r("/api/owner/categories/[id]").DELETE, { method: "DELETE", params: { id: ids.category }, as: "owner" }],
    ["items: bad category", r("/api/owner/items").POST, { method: "POST", body: { categoryId: "x", name: "Pie", priceCents: 500 }, as: "owner" }],
    ["items: negative price", r("/api/owner/items").POST, { method: "POST", body: { categoryId: ids.category, name: "Pie", priceCents: -1 }, as: "owner" }],
    ["items: fractional price", r("/api/owner/items").POST, { method: "POST", body: { categoryId: ids.category, name: "Pie", priceCents: 4.99 }, as: "owner" }],
    ["items: unknown tag", r("/api/owner/items").POST, { method: "POST", body: { categoryId: ids.category, name: "Pie", priceCents: 500, dietaryTags: ["keto"] }, as: "owner" }],
    ["item: price as text", r("/api/owner/items/[id]").PATCH, { method: "PATCH", params: { id: ids.item }, body: { priceCents: "12" }, as: "owner" }],
    ["item: sold out as text", r("/api/owner/items/[id]").PATCH, { method: "PATCH", params: { id: ids.item }, body: { soldOut: "yes" }, as: "owner" }],
    ["images: HTML type", r("/api/owner/restaurants/[id]/images").POST, { method: "POST", path: "/x?target=cover", ...restaurantParams, body: { contentType: "text/html" }, as: "owner" }],
    ["images: no target", r("/api/owner/restaurants/[id]/images").POST, { method: "POST", ...restaurantParams, body: { contentType: "image/png" }, as: "owner" }],
    ["images: item without id", r("/api/owner/restaurants/[id]/images").POST, { method: "POST", path: "/x?target=item", ...restaurantParams, body: { contentType: "image/png" }, as: "owner" }],
    ["confirm: no key", r("/api/owner/restaurants/[id]/images/confirm").POST, { method: "POST", path: "/x?target=cover", ...restaurantParams, body: {}, as: "owner" }],
    ["confirm: foreign key", r("/api/owner/restaurants/[id]/images/confirm").POST, { method: "POST", path: "/x?target=cover", ...restaurantParams, body: { key: "../secrets.txt" }, as: "owner" }],
    ["confirm: never uploaded", r("/api/owner/restaurants/[id]/images/confirm").POST, { method: "POST", path: "/x?target=cover", ...restaurantParams, body: { key: `uploads/restaurants/${ids.restaurant}/cover/nothing.jpg` }, as: "owner" }],
    ["status: back to new", r("/api/owner/orders/[id]/status").POST, { method: "POST", params: { id: crypto.randomUUID() }, body: { status: "new" }, as: "owner" }],
    ["status: unknown", r("/api/owner/orders/[id]/status").POST, { method: "POST", params: { id: crypto.randomUUID() }, body: { status: "teleported" }, as: "owner" }],
    ["status: bad id", r("/api/owner/orders/[id]/status").POST, { method: "POST", params: { id: "1" }, body: { status: "accepted" }, as: "owner" }],
    ["replay: bad id", r("/api/owner/webhook-events/[id]/replay").POST, { method: "POST", params: { id: "nope" }, as: "owner" }],
    ["replay: unknown event", r("/api/owner/webhook-events/[id]/replay").POST, { method: "POST", params: { id: "evt_unknown" }, as: "owner" }],
    ["webhook: unsigned", r("/api/stripe/webhook").POST as Case[1], { method: "POST", body: { id: "evt_1", type: "checkout.session.completed" } }],
  ];
}

describe("every route refuses malformed input with a 4xx and writes nothing", () => {
  it("answers 4xx with { error: { code, message } } for each case", async () => {
    const cookies = { owner: await app.cookieFor(ownerA), customer: await app.cookieFor(customer) };
    const before = await countRows(app.db);
    const failures: string[] = [];
    for (const [label, handler, { as, ...options }] of cases()) {
      const response = await callRoute(handler, { ...options, cookie: as ? cookies[as] : null });
      const error = response.json?.error;
      if (response.status < 400 || response.status >= 500 || typeof error?.code !== "string" || typeof error?.message !== "string") {
        failures.push(`${label}: ${response.status} ${JSON.stringify(response.json)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await countRows(app.db)).toEqual(before);
  });
});
