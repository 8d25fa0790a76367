import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { connectBusiness } from "@stepperslife/payments/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

const { callRoute, customer, ownerA } = routeClientFor("restaurants");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let restaurant: { id: string; pickupSlots: string[]; menu: { items: { id: string; name: string; priceCents: number; soldOut: boolean }[] }[] };
let customerCookie: string;
let ownerCookie: string;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db, storage: app.storage });
  routes = await app.importRoutes();
  customerCookie = await app.cookieFor(customer);
  ownerCookie = await app.cookieFor(ownerA);
  restaurant = (await callRoute(routes("/api/restaurants/[slug]").GET, { params: { slug: "soul-kitchen-chicago" } })).json.restaurant;
  expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: ownerCookie })).json.claimed).toBe(5);
  // Soul Kitchen's new owner has set up payouts, so it takes card payments; the other demo restaurants have not.
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: restaurant.id });
});
afterAll(() => app?.close());
// Pickup slots start a preparation time from now: read them fresh, or a test that runs past a quarter hour picks one gone by.
beforeEach(async () => {
  restaurant = (await callRoute(routes("/api/restaurants/[slug]").GET, { params: { slug: "soul-kitchen-chicago" } })).json.restaurant;
});

const dish = (name: string) => restaurant.menu.flatMap((category) => category.items).find((item) => item.name === name)!;
const place = (body: unknown) => callRoute(routes("/api/orders").POST, { method: "POST", body, cookie: customerCookie });
const orderBody = (paymentMethod: "stripe" | "pay_at_pickup", items = [{ menuItemId: dish("Fried catfish plate").id, quantity: 2 }, { menuItemId: dish("Collard greens").id, quantity: 1 }]) => ({
  restaurantId: restaurant.id,
  items,
  pickupAt: restaurant.pickupSlots[0],
  paymentMethod,
});
const transitionsToPaid = (orderId: string) => app.db.orderStatusChange.count({ where: { orderId, fromStatus: "awaiting_payment", toStatus: "new" } });
const move = (orderId: string, status: string) => callRoute(routes("/api/owner/orders/[id]/status").POST, { method: "POST", params: { id: orderId }, body: { status }, cookie: ownerCookie });

describe("ordering and paying", () => {
  it("refuses prices, totals and unknown fields from the client, writing nothing", async () => {
    const base = orderBody("stripe");
    const tampered = [
      { ...base, items: [{ ...base.items[0], unitPriceCents: 1 }] },
      { ...base, totalCents: 1 },
      { ...base, items: [{ ...base.items[0], priceCents: 1 }] },
    ];
    for (const body of tampered) expect((await place(body)).status).toBe(422);
    expect(await app.db.order.count()).toBe(0);
  });

  it("refuses sold-out dishes, other restaurants' dishes and pickup times outside the hours", async () => {
    expect((await place(orderBody("pay_at_pickup", [{ menuItemId: dish("Oxtails").id, quantity: 1 }]))).status).toBe(409);
    const elsewhere = await app.db.menuItem.findFirstOrThrow({ where: { restaurantId: { not: restaurant.id } } });
    expect((await place(orderBody("pay_at_pickup", [{ menuItemId: elsewhere.id, quantity: 1 }]))).status).toBe(422);
    expect((await place({ ...orderBody("pay_at_pickup"), pickupAt: new Date(Date.now() + 60_000).toISOString() })).status).toBe(422);
    expect((await callRoute(routes("/api/orders").POST, { method: "POST", body: orderBody("pay_at_pickup") })).status).toBe(401);
    expect(await app.db.order.count()).toBe(0);
  });

  it("takes no card order for a restaurant whose owner has not set up payouts, writing nothing", async () => {
    const unpaid = await app.db.restaurant.findFirstOrThrow({ where: { id: { not: restaurant.id } }, include: { categories: { include: { items: true } } } });
    const item = unpaid.categories.flatMap((category) => category.items).find((dish) => !dish.soldOut)!;
    const slots = (await callRoute(routes("/api/restaurants/[slug]").GET, { params: { slug: unpaid.slug } })).json.restaurant.pickupSlots;
    const refused = await place({ restaurantId: unpaid.id, items: [{ menuItemId: item.id, quantity: 1 }], pickupAt: slots[0], paymentMethod: "stripe" });
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toBe("This restaurant does not take card payments online yet; choose pay at pickup.");
    expect(await app.db.order.count()).toBe(0);
  });

  it("charges the database price through Stripe Checkout, and paying marks the order paid exactly once", async () => {
    const placed = await place(orderBody("stripe"));
    expect(placed.status).toBe(201);
    expect(placed.json.checkoutUrl).toContain(`${app.stripe.url}/`);
    const order = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
    expect(order).toMatchObject({ status: "awaiting_payment", totalCents: 2 * 1699 + 499, paidAt: null });
    // Not on the board until paid.
    expect((await callRoute(routes("/api/owner/restaurants/[id]/orders").GET, { params: { id: restaurant.id }, cookie: ownerCookie })).json.orders).toEqual([]);

    const { createPayments, retrieveCheckoutSession } = await import("@stepperslife/payments");
    const payments = createPayments({ STRIPE_SECRET_KEY: app.stripeKeys.secretKey, STRIPE_PUBLISHABLE_KEY: "pk_test_x", STRIPE_WEBHOOK_SECRET: app.stripeKeys.webhookSecret, STRIPE_API_URL: app.stripe.url })!;
    expect((await retrieveCheckoutSession(payments, order.checkoutSessionId!)).amountTotalCents).toBe(3897);

    // The success page confirms the session while the webhook is on its way: still one transition.
    const { checkout } = await import("../payments/checkout");
    const confirm = () => checkout.confirmCheckout({ orderId: order.id, sessionId: order.checkoutSessionId! });
    await Promise.all([app.stripe.completeCheckout(order.checkoutSessionId!), confirm(), confirm()]);
    await confirm();
    await vi.waitFor(async () => expect(app.stripe.deliveries().at(-1)?.status).toBe(200));

    const paid = await app.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid.status).toBe("new");
    expect(paid.paidAt).not.toBeNull();
    expect(paid.paymentIntentId).toMatch(/^pi_/);
    expect(await transitionsToPaid(order.id)).toBe(1);
    const log = (await callRoute(routes("/api/owner/webhook-events").GET, { cookie: ownerCookie })).json.events;
    expect(log.map((event: { type: string; outcome: string }) => [event.type, event.outcome])).toContainEqual(["checkout.session.completed", "processed"]);
  });

  it("moves the order along the board, refusing illegal moves with 409; the customer sees each status", async () => {
    const [order] = (await callRoute(routes("/api/owner/restaurants/[id]/orders").GET, { params: { id: restaurant.id }, cookie: ownerCookie })).json.orders;
    expect(order.status).toBe("new");
    expect((await move(order.id, "picked_up")).status).toBe(409);
    expect((await move(order.id, "ready")).status).toBe(409);
    for (const status of ["accepted", "preparing", "ready"]) expect((await move(order.id, status)).status).toBe(200);
    expect((await move(order.id, "accepted")).status).toBe(409);
    const seen = await callRoute(routes("/api/orders/[id]").GET, { params: { id: order.id }, cookie: customerCookie });
    expect(seen.json.order).toMatchObject({ status: "ready", statusLabel: "ready", paid: true });
    expect((await move(order.id, "picked_up")).status).toBe(200);
    expect((await move(order.id, "cancelled")).status).toBe(409);
  });

  it("refunds a paid order the owner cancels", async () => {
    const placed = await place(orderBody("stripe"));
    const { checkoutSessionId } = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
    await app.stripe.completeCheckout(checkoutSessionId!);
    await vi.waitFor(async () => expect((await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } })).paidAt).not.toBeNull());
    const cancelled = await move(placed.json.order.id, "cancelled");
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.order).toMatchObject({ status: "cancelled", refunded: true });
    expect((await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } })).refundId).toMatch(/^re_/);
  });

  it("gives a payment back when it arrives after the order was cancelled (its checkout had expired)", async () => {
    const placed = await place(orderBody("stripe"));
    const { checkoutSessionId } = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
    const { cancelUnpaidOrder } = await import("./cancel-unpaid-order");
    expect(await cancelUnpaidOrder({ db: app.db, checkoutSessionId: checkoutSessionId! })).toBe(true);

    await app.stripe.completeCheckout(checkoutSessionId!);
    await vi.waitFor(async () => expect((await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } })).refundedAt).not.toBeNull());
    const order = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
    expect(order).toMatchObject({ status: "cancelled", paidAt: null, refundId: expect.stringMatching(/^re_/) });
    expect(app.stripe.deliveries().at(-1)?.status).toBe(200);
  });

  it("pay at pickup: a new order right away, a confirmation email, in the customer's activity and the sales", async () => {
    const placed = await place({ ...orderBody("pay_at_pickup"), note: "extra hot sauce" });
    expect(placed.status).toBe(201);
    expect(placed.json).toMatchObject({ order: { status: "new", totalCents: 3897 }, checkoutUrl: null });
    // Sent by the app's job worker a moment after the order commits.
    const inbox = async () => JSON.stringify(await (await fetch(`${app.mail.webUrl}/api/messages?to=${customer.email}`)).json());
    await vi.waitFor(async () => expect(await inbox()).toContain("Your order from Soul Kitchen"), { timeout: 10_000 });

    const activity = await callRoute(routes("/api/me/activity").GET, { cookie: customerCookie });
    expect(activity.json.items[0]).toMatchObject({ id: placed.json.order.id, kind: "order", title: "Pickup from Soul Kitchen", status: "received" });
    const days = (await callRoute(routes("/api/owner/restaurants/[id]/sales").GET, { params: { id: restaurant.id }, cookie: ownerCookie })).json.days;
    expect(days).toHaveLength(30);
    // Paid-and-picked-up plus this one count; the refunded cancellation does not.
    expect(days.at(-1)).toMatchObject({ orders: 2, revenueCents: 2 * 3897 });
  });
});
