import { setTimeout as sleep } from "node:timers/promises";
import { createPayments, replayWebhookEvent } from "@stepperslife/payments";
import { connectBusiness } from "@stepperslife/payments/testing";
import { readEmailJobs, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

// A customer's bank disputing a card payment, through the real SDK, the Stripe stand-in, the app's webhook route and
// its job worker: the restaurant's owner is emailed once, however the dispute's events arrive.
const { callRoute, customer, ownerA } = routeClientFor("restaurants");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let restaurant: { id: string; name: string; pickupSlots: string[]; menu: { items: { id: string; name: string }[] }[] };
let customerCookie: string;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db });
  routes = await app.importRoutes();
  customerCookie = await app.cookieFor(customer);
  restaurant = (await callRoute(routes("/api/restaurants/[slug]").GET, { params: { slug: "soul-kitchen-chicago" } })).json.restaurant;
  await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: await app.cookieFor(ownerA) });
  // Soul Kitchen's owner sets up payouts themselves: the account keeps their email.
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: restaurant.id, owner: ownerA });
});
afterAll(() => app?.close());

/** A card order of 2 × Fried catfish plate and 1 × Collard greens ($38.97), paid at the stand-in. */
async function paidCardOrder() {
  const dish = (name: string) => restaurant.menu.flatMap((category) => category.items).find((item) => item.name === name)!.id;
  const items = [{ menuItemId: dish("Fried catfish plate"), quantity: 2 }, { menuItemId: dish("Collard greens"), quantity: 1 }];
  const body = { restaurantId: restaurant.id, items, pickupAt: restaurant.pickupSlots[0], paymentMethod: "stripe" };
  const placed = await callRoute(routes("/api/orders").POST, { method: "POST", body, cookie: customerCookie });
  expect(placed.status).toBe(201);
  const { checkoutSessionId } = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
  await app.stripe.completeCheckout(checkoutSessionId!);
  const payment = () => app.db.businessPayment.findFirst({ where: { orderId: placed.json.order.id } });
  await vi.waitFor(async () => expect((await payment())?.chargeId).toBeTruthy(), { timeout: 10_000 });
  return app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
}

describe("a disputed card payment", () => {
  it("emails the restaurant's owner once, with the amount and order code, and marks the payment disputed", async () => {
    const order = await paidCardOrder();
    expect(order.totalCents).toBe(3897);
    const payments = createPayments({ STRIPE_SECRET_KEY: app.stripeKeys.secretKey, STRIPE_PUBLISHABLE_KEY: "pk_test_x", STRIPE_WEBHOOK_SECRET: app.stripeKeys.webhookSecret, STRIPE_API_URL: app.stripe.url })!;
    const chargeId = (await payments.stripe.paymentIntents.retrieve(order.paymentIntentId!)).latest_charge as string;

    // The bank opens the dispute while the app is briefly unreachable and SMTP is down; then Stripe's redelivery
    // arrives twice at once, with the same dispute under another event, and the owner's log replays it.
    await app.setMailServerUp(false);
    app.acceptWebhooks(false);
    const dispute = await app.stripe.openDispute(chargeId);
    const created = { id: app.stripe.deliveries().at(-1)!.eventId, type: "charge.dispute.created", data: { object: dispute } };
    expect(app.stripe.deliveries().at(-1)).toMatchObject({ type: "charge.dispute.created", status: 503 });
    app.acceptWebhooks(true);
    const deliveries = await Promise.all([
      app.stripe.deliver(app.stripeKeys.secretKey, created),
      app.stripe.deliver(app.stripeKeys.secretKey, created),
      app.stripe.deliver(app.stripeKeys.secretKey, { ...created, id: `${created.id}x`, type: "charge.dispute.updated" }),
    ]);
    expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200]);
    const { checkout } = await import("./checkout");
    const { webhookStore } = await import("@/vertical");
    const replay = () => replayWebhookEvent({ store: webhookStore(), handlers: checkout.webhookHandlers(), eventId: created.id });
    expect(await replay()).toBe("processed");

    expect(await readEmailJobs(app.url, `dispute:${dispute.id}:${restaurant.id}`)).toHaveLength(1);
    const payment = await app.db.businessPayment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ chargeId, disputeStatus: "needs_response", disputeReason: "fraudulent", disputedCents: 3897 });
    expect(payment.disputedAt).toBeInstanceOf(Date);

    await app.setMailServerUp(true);
    await vi.waitFor(async () => expect(await readEmailJobs(app.url, `dispute:${dispute.id}:${restaurant.id}`)).toEqual([]), { timeout: 20_000 });
    const code = order.id.slice(0, 6).toUpperCase();
    const disputeEmails = async () => (await app.inbox(ownerA.email)).filter((mail) => mail.subject === `A payment to ${restaurant.name} was disputed`);
    const [email, ...others] = await disputeEmails();
    expect(others).toEqual([]);
    expect(email!.text).toContain(`disputed $38.97 paid to ${restaurant.name} for order ${code}`);
    expect(email!.text).toContain("the cardholder says they did not make or allow this payment");
    const { appBaseUrl } = await import("@/vertical");
    expect(email!.text).toContain(`${appBaseUrl()}/dashboard/restaurants/${restaurant.id}/payouts`);

    // Once the email has gone (its job, and so its key, gone too), a replay and the bank's decision send no second one.
    expect(await replay()).toBe("processed");
    await app.stripe.closeDispute(dispute.id, "lost");
    await vi.waitFor(async () => expect((await app.db.businessPayment.findFirstOrThrow({ where: { orderId: order.id } })).disputeStatus).toBe("lost"));
    await sleep(1_000);
    expect(await readEmailJobs(app.url, `dispute:${dispute.id}:${restaurant.id}`)).toEqual([]);
    expect(await disputeEmails()).toHaveLength(1);
  });
});
