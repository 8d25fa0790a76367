import { setTimeout as sleep } from "node:timers/promises";
import { failCommitsWhere, readEmailJobs, routeClientFor, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

const { callRoute } = routeClientFor("restaurants");

// The confirmation email rides out an SMTP outage in the app's job queue: real PostgreSQL, the app's own worker and
// the mail sink, with nothing of ours replaced.
let app: VerticalTestApp<PrismaClient>;
let orders: typeof import("@/app/api/orders/route");
let restaurant: { id: string; name: string; pickupSlots: string[]; menu: { items: { id: string; soldOut: boolean }[] }[] };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db, storage: app.storage });
  orders = await import("@/app/api/orders/route");
  const { GET } = await import("@/app/api/restaurants/[slug]/route");
  restaurant = (await callRoute(GET, { params: { slug: "soul-kitchen-chicago" } })).json.restaurant;
});
afterEach(() => app?.setMailServerUp(true));
afterAll(() => app?.close());

/**
 * Places a pay-at-pickup order of the first dish on the menu that is not sold out, as `email`, for the last pickup
 * slot offered now (read again each time: the earliest slot of a page read earlier may have passed meanwhile).
 */
async function placePayAtPickup(email: string) {
  const dish = restaurant.menu.flatMap((category) => category.items).find((item) => !item.soldOut)!;
  const { GET } = await import("@/app/api/restaurants/[slug]/route");
  const { pickupSlots } = (await callRoute(GET, { params: { slug: "soul-kitchen-chicago" } })).json.restaurant as typeof restaurant;
  const body = { restaurantId: restaurant.id, items: [{ menuItemId: dish.id, quantity: 2 }], pickupAt: pickupSlots.at(-1), paymentMethod: "pay_at_pickup" };
  const cookie = await app.cookieFor({ id: `customer-${email}`, name: null, email, image: null, roles: [] });
  return callRoute(orders.POST, { method: "POST", body, cookie });
}

describe("order confirmation through the job queue", () => {
  it("a pay-at-pickup order placed while SMTP is down: committed, its email queued and retried, delivered once", async () => {
    const email = "pickup-outage@example.com";
    await app.setMailServerUp(false);
    const placed = await placePayAtPickup(email);
    expect(placed.status).toBe(201);
    const orderId = placed.json.order.id as string;
    expect(await app.db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "new", customerEmail: email });
    await vi.waitFor(async () => {
      const jobs = await readEmailJobs(app.url, `order-confirmed:${orderId}`);
      expect(jobs).toMatchObject([{ waiting: true, lastError: expect.stringMatching(/ECONNREFUSED/) }]);
    }, { timeout: 15_000 });

    await app.setMailServerUp(true);
    await vi.waitFor(async () => expect(await readEmailJobs(app.url, `order-confirmed:${orderId}`)).toEqual([]), { timeout: 20_000 });
    const mails = await app.inbox(email);
    expect(mails.map((mail) => mail.subject)).toEqual([`Your order from ${restaurant.name} (${orderId.slice(0, 6).toUpperCase()})`]);
    expect(mails[0]!.text).toContain("Pay at pickup");
    expect(mails[0]!.text).toContain(`/orders/${orderId}`);
    await sleep(1_000);
    expect(await app.inbox(email)).toHaveLength(1);
  });

  it("an order whose transaction rolls back at commit queues no email: neither the order nor its email exist", async () => {
    const email = "rolled-back@example.com";
    const undo = await failCommitsWhere({ databaseUrl: app.url, table: "orders", where: `NEW.customer_email = '${email}'` });
    try {
      expect((await placePayAtPickup(email)).status).toBe(500);
    } finally {
      await undo();
    }
    expect(await app.db.order.count({ where: { customerEmail: email } })).toBe(0);
    expect(await readEmailJobs(app.url)).toEqual([]);
    await sleep(1_000);
    expect(await app.inbox(email)).toEqual([]);
  });
});
