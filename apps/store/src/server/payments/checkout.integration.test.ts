import { connectBusiness } from "@stepperslife/payments/testing";
import { countRows, readEmailJobs, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { orderCode } from "../orders/order-code";
import { makeTestShop } from "../testing/make-test-shop";

const { callRoute, customer, ownerA, ownerB } = routeClientFor("store");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let buyerCookie: string;
let shoes: Awaited<ReturnType<typeof makeTestShop>>;
let threads: Awaited<ReturnType<typeof makeTestShop>>;
let unpaid: Awaited<ReturnType<typeof makeTestShop>>;
let paidOrderId: string;

const address = { line1: "4200 S Cottage Grove Ave", line2: null, city: "Chicago", state: "IL", postal_code: "60653", country: "US" };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
  routes = await app.importRoutes();
  buyerCookie = await app.cookieFor(customer);
  shoes = await makeTestShop(app.db, { name: "Glide Shoes", ownerId: ownerA.id, shippingFlatCents: 900, variants: [{ size: "10", priceCents: 12_000, stock: 50 }] });
  threads = await makeTestShop(app.db, { name: "Threads", ownerId: ownerB.id, shippingFlatCents: 600, variants: [{ colour: "Navy", priceCents: 3_500, stock: 50 }] });
  unpaid = await makeTestShop(app.db, { name: "No Payouts Yet", variants: [{ size: "M", priceCents: 2_000, stock: 5 }] });
  for (const { shop } of [shoes, threads]) await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: shop.id });
});
afterAll(() => app?.close());

const place = (body: unknown) => callRoute(routes("/api/orders").POST, { method: "POST", body, cookie: buyerCookie });
const twoShopCart = () => ({ lines: [{ variantId: shoes.variants[0]!.id, quantity: 1 }, { variantId: threads.variants[0]!.id, quantity: 2 }] });
const stripeObjects = async () => {
  const { createPayments } = await import("@stepperslife/payments");
  return createPayments({ STRIPE_SECRET_KEY: app.stripeKeys.secretKey, STRIPE_PUBLISHABLE_KEY: "pk_test_x", STRIPE_WEBHOOK_SECRET: app.stripeKeys.webhookSecret, STRIPE_API_URL: app.stripe.url })!.stripe;
};
const waitPaid = (orderId: string) => vi.waitFor(async () => expect((await app.db.order.findUniqueOrThrow({ where: { id: orderId } })).paidAt).not.toBeNull(), { timeout: 10_000 });
const ledger = (orderId: string) => app.db.businessPayment.findMany({ where: { orderId }, orderBy: { grossCents: "desc" } });

describe("one payment for a cart across shops", () => {
  it("refuses tampered, malformed and anonymous orders, and carts with a shop that cannot be paid, writing nothing", async () => {
    const before = await countRows(app.db);
    const line = { variantId: shoes.variants[0]!.id, quantity: 1 };
    for (const body of [
      { lines: [{ ...line, unitPriceCents: 1 }] },
      { lines: [line], totalCents: 1 },
      { lines: [{ ...line, quantity: 0 }] },
      { lines: [{ variantId: "not-a-uuid", quantity: 1 }] },
      { lines: [] },
      // Two lines of one variant count together: 15 + 15 is more than one order may take.
      { lines: [{ ...line, quantity: 15 }, { ...line, quantity: 15 }] },
    ]) {
      const refused = await place(body);
      expect(refused.status).toBe(422);
      expect(refused.json.error).toMatchObject({ code: "invalid_input", message: expect.any(String) });
    }
    expect((await callRoute(routes("/api/orders").POST, { method: "POST", body: twoShopCart() })).status).toBe(401);
    const noPayouts = await place({ lines: [line, { variantId: unpaid.variants[0]!.id, quantity: 1 }] });
    expect(noPayouts.status).toBe(409);
    expect(noPayouts.json.error.message).toMatch(/No Payouts Yet/);
    expect(await countRows(app.db)).toEqual(before);
  });

  it("charges once with the shipping address, then pays each shop its lines and shipping less the fee, exactly once", async () => {
    const placed = await place(twoShopCart());
    expect(placed.status).toBe(201);
    const orderId: string = placed.json.order.id;
    const order = await app.db.order.findUniqueOrThrow({ where: { id: orderId } });
    // $120 + $9 shipping from Glide Shoes, 2 × $35 + $6 from Threads.
    expect(order).toMatchObject({ status: "awaiting_payment", totalCents: 12_900 + 7_600 });
    const stripe = await stripeObjects();
    const session = await stripe.checkout.sessions.retrieve(order.checkoutSessionId!);
    expect(session).toMatchObject({ amount_total: 20_500, shipping_address_collection: { allowed_countries: ["US"] } });
    expect(session.metadata).toMatchObject({ orderId, transferGroup: `order-${orderId}` });
    expect(session.metadata!.shopId!.split(",").sort()).toEqual([shoes.shop.id, threads.shop.id].sort());

    // The success page confirms while the webhook is on its way, a hundred times at once: one order paid, one receipt.
    const { checkout } = await import("./checkout");
    const confirm = () => checkout.confirmCheckout({ orderId, sessionId: order.checkoutSessionId! });
    await Promise.all([app.stripe.completeCheckout(order.checkoutSessionId!, { shippingAddress: { name: "Cy Customer", address } }), ...Array.from({ length: 100 }, confirm)]);
    await Promise.all(Array.from({ length: 20 }, confirm));
    await waitPaid(orderId);
    await vi.waitFor(async () => expect(app.stripe.deliveries().filter((each) => each.type === "checkout.session.completed").at(-1)?.status).toBe(200));

    const paid = await app.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { shipments: { include: { changes: true } } } });
    expect(paid).toMatchObject({ status: "paid", shipName: "Cy Customer", shipLine1: address.line1, shipCity: "Chicago", shipRegion: "IL", shipPostalCode: "60653", shipCountry: "US" });
    for (const shipment of paid.shipments) {
      expect(shipment.status).toBe("paid");
      expect(shipment.changes.filter((change) => change.toStatus === "paid")).toHaveLength(1);
    }
    const receipts = async () => (await app.inbox(customer.email)).filter((mail) => mail.subject === `Your SteppersLife Store order ${orderCode(orderId)}`);
    await vi.waitFor(async () => expect(await receipts()).toHaveLength(1), { timeout: 15_000 });

    const transfers = (await stripe.transfers.list({ transfer_group: `order-${orderId}`, limit: 100 })).data;
    const accountOf = async (businessId: string) => (await app.db.connectedAccount.findFirstOrThrow({ where: { businessId } })).id;
    // The store's fee (5% by default) is kept of each shop's share.
    expect(transfers.map((transfer) => [transfer.destination, transfer.amount]).sort()).toEqual(
      [
        [await accountOf(shoes.shop.id), 12_900 - 645],
        [await accountOf(threads.shop.id), 7_600 - 380],
      ].sort(),
    );
    expect((await ledger(orderId)).map((row) => [row.businessId, row.scopeId, row.grossCents, row.feeCents])).toEqual([
      [shoes.shop.id, shoes.shop.id, 12_900, 645],
      [threads.shop.id, threads.shop.id, 7_600, 380],
    ]);
    expect(await receipts()).toHaveLength(1);
    paidOrderId = orderId;
  });

  it("refunds part of one shop's share: the customer, that shop's transfer and its ledger row only, never beyond the share", async () => {
    const { refundBusinessShare } = await import("@stepperslife/payments");
    const { payments } = await import("@/vertical");
    const order = await app.db.order.findUniqueOrThrow({ where: { id: paidOrderId } });
    const refund = (refundCents: number, refundKey: string) =>
      refundBusinessShare(payments()!, {
        orderId: order.id,
        businessId: threads.shop.id,
        paymentIntentId: order.paymentIntentId!,
        transferGroup: `order-${order.id}`,
        refundCents,
        refundKey,
      });
    // One returned $35 shirt, asked five times at once under one key: refunded and reversed once.
    const results = await Promise.all(Array.from({ length: 5 }, () => refund(3_500, `return-test-${order.id}-1`)));
    expect(new Set(results.map((result) => result.refundId)).size).toBe(1);
    // Threads received $72.20 of its $76.00 share: 35/76 of that comes back from it.
    expect(results[0]!.reversal.reversedCents).toBe(Math.round((3_500 * 7_220) / 7_600));
    await vi.waitFor(async () =>
      expect((await ledger(order.id)).map((row) => [row.businessId, row.refundedCents, row.feeRefundedCents])).toEqual([
        [shoes.shop.id, 0, 0],
        [threads.shop.id, 3_500, 175],
      ]),
    );
    await expect(refund(4_101, `return-test-${order.id}-2`)).rejects.toThrow(RangeError);
    const stripe = await stripeObjects();
    expect((await stripe.paymentIntents.retrieve(order.paymentIntentId!, { expand: ["latest_charge"] })).latest_charge).toMatchObject({ amount_refunded: 3_500 });
  });

  it("shows each shop's owner the order's payment events, and no one else", async () => {
    const eventsOf = async (owner: typeof ownerA) =>
      (await callRoute(routes("/api/owner/webhook-events").GET, { cookie: await app.cookieFor(owner) })).json.events as Array<{ type: string; orderId: string }>;
    const [a, b] = [await eventsOf(ownerA), await eventsOf(ownerB)];
    const orderIds = (await app.db.order.findMany({ where: { status: "paid" }, select: { id: true } })).map(({ id }) => id);
    for (const events of [a, b]) expect(events.filter((event) => event.type === "checkout.session.completed" && orderIds.includes(event.orderId))).toHaveLength(orderIds.length);
    const stranger = { ...ownerA, id: "owner-c", email: "cat@example.com" };
    expect(await eventsOf(stranger)).toEqual([]);
  });

  it("a dispute of the one charge is recorded on each shop's share and tells each owner once", async () => {
    const placed = await place(twoShopCart());
    const orderId: string = placed.json.order.id;
    const { checkoutSessionId } = await app.db.order.findUniqueOrThrow({ where: { id: orderId } });
    await app.stripe.completeCheckout(checkoutSessionId!, { shippingAddress: { name: "Cy Customer", address } });
    await vi.waitFor(async () => expect(await ledger(orderId)).toHaveLength(2), { timeout: 10_000 });
    const chargeId = (await ledger(orderId))[0]!.chargeId!;
    // SMTP down, so the emails wait in the queue where the test can count them.
    await app.setMailServerUp(false);
    const dispute = await app.stripe.openDispute(chargeId);
    await vi.waitFor(async () => expect((await ledger(orderId)).map((row) => [row.disputeStatus, row.disputedCents])).toEqual([["needs_response", 12_900], ["needs_response", 7_600]]), {
      timeout: 10_000,
    });
    await app.stripe.deliver(app.stripeKeys.secretKey, { id: `evt_again_${dispute.id}`, type: "charge.dispute.updated", data: { object: dispute } });
    for (const { shop } of [shoes, threads]) expect(await readEmailJobs(app.url, `dispute:${dispute.id}:${shop.id}`)).toHaveLength(1);
    await app.setMailServerUp(true);
  });

  it("refuses an order across more shops than one payment can name", async () => {
    const many = [];
    for (let n = 0; n < 11; n += 1) many.push(await makeTestShop(app.db, { variants: [{ size: "9", priceCents: 1_000, stock: 5 }] }));
    const { placeOrder } = await import("../orders/place-order");
    await expect(placeOrder({ db: app.db, customer, lines: many.map((each) => ({ variantId: each.variants[0]!.id, quantity: 1 })) })).rejects.toThrow(/at most 10 shops/);
    expect(await app.db.productVariant.count({ where: { id: { in: many.map((each) => each.variants[0]!.id) }, stock: 5 } })).toBe(11);
  });
});
