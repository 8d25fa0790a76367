import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

const { callRoute, customer, ownerA } = routeClientFor("restaurants");

// The customer hears when the kitchen accepts the order and when it is ready: real PostgreSQL, the app's own job
// worker and the mail sink; the moves race as two tabs of the board would.
let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let ownerCookie: string;
let restaurant: { id: string; name: string; pickupSlots: string[]; menu: { items: { id: string; soldOut: boolean }[] }[] };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db, storage: app.storage });
  routes = await app.importRoutes();
  ownerCookie = await app.cookieFor(ownerA);
  expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: ownerCookie })).json.claimed).toBe(5);
  restaurant = (await callRoute(routes("/api/restaurants/[slug]").GET, { params: { slug: "soul-kitchen-chicago" } })).json.restaurant;
});
afterAll(() => app?.close());

const move = (orderId: string, status: string) =>
  callRoute(routes("/api/owner/orders/[id]/status").POST, { method: "POST", params: { id: orderId }, body: { status }, cookie: ownerCookie });
const subjects = async () => (await app.inbox(customer.email!)).map((mail) => mail.subject).toSorted();

describe("status emails through the job queue", () => {
  it("accepting and marking ready each email the customer exactly once, however the moves race", async () => {
    const dish = restaurant.menu.flatMap((category) => category.items).find((item) => !item.soldOut)!;
    const body = { restaurantId: restaurant.id, items: [{ menuItemId: dish.id, quantity: 1 }], pickupAt: restaurant.pickupSlots.at(-1), paymentMethod: "pay_at_pickup" };
    const placed = await callRoute(routes("/api/orders").POST, { method: "POST", body, cookie: await app.cookieFor(customer) });
    expect(placed.status).toBe(201);
    const orderId = placed.json.order.id as string;
    const code = orderId.slice(0, 6).toUpperCase();

    const accepts = await Promise.all([move(orderId, "accepted"), move(orderId, "accepted"), move(orderId, "accepted")]);
    expect(accepts.map((answer) => answer.status).toSorted()).toEqual([200, 409, 409]);
    expect((await move(orderId, "preparing")).status).toBe(200);
    const readies = await Promise.all([move(orderId, "ready"), move(orderId, "ready")]);
    expect(readies.map((answer) => answer.status).toSorted()).toEqual([200, 409]);

    const expected = [`${restaurant.name} accepted your order (${code})`, `Ready for pickup at ${restaurant.name} (${code})`, `Your order from ${restaurant.name} (${code})`];
    await vi.waitFor(async () => expect(await subjects()).toEqual(expected.toSorted()), { timeout: 20_000 });
    const accepted = (await app.inbox(customer.email!)).find((mail) => mail.subject.includes("accepted"))!;
    // The pickup is dated: the email may be read on another day.
    expect(accepted.text).toMatch(/ready for pickup (Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2} [AP]M/);
    expect(accepted.text).toContain(`/orders/${orderId}`);
    await sleep(1_000);
    expect(await subjects()).toHaveLength(3);
  });
});
