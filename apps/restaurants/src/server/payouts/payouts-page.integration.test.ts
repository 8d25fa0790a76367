import { connectBusiness } from "@stepperslife/payments/testing";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

const { callRoute, customer, ownerA, ownerB } = routeClientFor("restaurants");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let restaurant: { id: string; pickupSlots: string[]; menu: { items: { id: string; name: string }[] }[] };
const cookies = { owner: "", other: "", customer: "" };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db });
  routes = await app.importRoutes();
  cookies.owner = await app.cookieFor(ownerA);
  cookies.other = await app.cookieFor(ownerB);
  cookies.customer = await app.cookieFor(customer);
  restaurant = (await callRoute(routes("/api/restaurants/[slug]").GET, { params: { slug: "soul-kitchen-chicago" } })).json.restaurant;
  await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.owner });
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: restaurant.id });
});
afterAll(() => app?.close());

const dish = (name: string) => restaurant.menu.flatMap((category) => category.items).find((item) => item.name === name)!;
const exportCsv = (cookie: string, businessId = restaurant.id) =>
  callRoute(routes("/api/owner/payouts/export").GET, { path: `/api/owner/payouts/export?businessId=${encodeURIComponent(businessId)}`, cookie });
const csvRows = async () => {
  const answer = await exportCsv(cookies.owner);
  expect(answer.status).toBe(200);
  return String(answer.json).trimEnd().split("\r\n").map((line) => line.split(","));
};

async function payCardOrder() {
  const body = { restaurantId: restaurant.id, items: [{ menuItemId: dish("Fried catfish plate").id, quantity: 2 }], pickupAt: restaurant.pickupSlots[0], paymentMethod: "stripe" };
  const placed = await callRoute(routes("/api/orders").POST, { method: "POST", body, cookie: cookies.customer });
  const { id, checkoutSessionId } = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
  await app.stripe.completeCheckout(checkoutSessionId!);
  await vi.waitFor(async () => expect(await app.db.businessPayment.count({ where: { orderId: id } })).toBe(1), { timeout: 10_000 });
  return id;
}

describe("a restaurant's payouts (each card payment's gross, fee, refunds and net)", () => {
  it("lists a paid order with the platform's fee and what the restaurant keeps, for its owner only", async () => {
    const orderId = await payCardOrder();
    const payment = await app.db.businessPayment.findFirstOrThrow({ where: { paymentIntentId: (await app.db.order.findUniqueOrThrow({ where: { id: orderId } })).paymentIntentId! } });
    // 2 × $16.99 = $33.98; the vertical's default fee is 5%: $1.70 (rounded to the cent), the restaurant keeps $32.28.
    expect(payment).toMatchObject({ businessId: restaurant.id, scopeId: restaurant.id, grossCents: 3398, feeCents: 170, refundedCents: 0 });

    const [header, row] = await csvRows();
    expect(header).toEqual(["Date", "Order", "Gross", "Fee", "Refunds", "Net", "Dispute"]);
    expect(row).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), `Order ${orderId.slice(0, 6).toUpperCase()}`, "33.98", "1.70", "0.00", "32.28", ""]);

    expect((await exportCsv(cookies.other)).status).toBe(404);
    expect((await exportCsv(cookies.customer)).status).toBe(403);
    expect((await exportCsv(cookies.owner, "not-a-restaurant")).status).toBe(404);
  });

  it("shows a refund once the owner cancels: the customer's money back, the fee given back, nothing kept", async () => {
    const orderId = await payCardOrder();
    const cancel = () => callRoute(routes("/api/owner/orders/[id]/status").POST, { method: "POST", params: { id: orderId }, body: { status: "cancelled" }, cookie: cookies.owner });
    expect((await cancel()).status).toBe(200);
    const label = `Order ${orderId.slice(0, 6).toUpperCase()}`;
    await vi.waitFor(async () => expect((await csvRows()).find((row) => row[1] === label)).toEqual([expect.any(String), label, "33.98", "0.00", "33.98", "0.00", ""]), {
      timeout: 10_000,
    });
  });
});
