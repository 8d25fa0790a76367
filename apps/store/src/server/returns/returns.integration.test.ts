import { connectBusiness } from "@stepperslife/payments/testing";
import { countRows, readEmailJobs, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { makeTestShop } from "../testing/make-test-shop";

const { callRoute, customer, ownerA, ownerB } = routeClientFor("store");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let cookies: { buyer: string; ownerA: string; ownerB: string; stranger: string };
let shoes: Awaited<ReturnType<typeof makeTestShop>>;
let threads: Awaited<ReturnType<typeof makeTestShop>>;
let order: { id: string; paymentIntentId: string; shoeShipmentId: string; shoeLineId: string; threadShipmentId: string; threadLineId: string };

const address = { line1: "4200 S Cottage Grove Ave", line2: null, city: "Chicago", state: "IL", postal_code: "60653", country: "US" };
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
  routes = await app.importRoutes();
  cookies = {
    buyer: await app.cookieFor(customer),
    ownerA: await app.cookieFor(ownerA),
    ownerB: await app.cookieFor(ownerB),
    stranger: await app.cookieFor({ ...customer, id: "someone-else", email: "someone@example.com" }),
  };
  shoes = await makeTestShop(app.db, { name: "Glide Shoes", ownerId: ownerA.id, shippingFlatCents: 900, variants: [{ size: "10", priceCents: 12_000, stock: 10 }] });
  threads = await makeTestShop(app.db, { name: "Threads", ownerId: ownerB.id, shippingFlatCents: 600, variants: [{ colour: "Navy", priceCents: 3_500, stock: 10 }] });
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: shoes.shop.id, owner: { id: ownerA.id, email: ownerA.email! } });
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: threads.shop.id, owner: { id: ownerB.id, email: ownerB.email! } });
  // Two pairs from Glide Shoes and a shirt from Threads, paid once at the stand-in.
  const placed = await callRoute(routes("/api/orders").POST, {
    method: "POST",
    cookie: cookies.buyer,
    body: { lines: [{ variantId: shoes.variants[0]!.id, quantity: 2 }, { variantId: threads.variants[0]!.id, quantity: 1 }] },
  });
  expect(placed.status).toBe(201);
  const placedOrder = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
  await app.stripe.completeCheckout(placedOrder.checkoutSessionId!, { shippingAddress: { name: "Cy Customer", address } });
  await vi.waitFor(async () => expect((await app.db.order.findUniqueOrThrow({ where: { id: placedOrder.id } })).paidAt).not.toBeNull(), { timeout: 10_000 });
  const shipments = await app.db.shipment.findMany({ where: { orderId: placedOrder.id }, include: { lines: true } });
  const shoeShipment = shipments.find((shipment) => shipment.shopId === shoes.shop.id)!;
  const threadShipment = shipments.find((shipment) => shipment.shopId === threads.shop.id)!;
  // The shoes were shipped and delivered three days ago (shipping itself is tested with the packing list).
  await app.db.shipment.update({ where: { id: shoeShipment.id }, data: { status: "delivered", shippedAt: new Date(Date.now() - 5 * DAY_MS), deliveredAt: new Date(Date.now() - 3 * DAY_MS) } });
  const paid = await app.db.order.findUniqueOrThrow({ where: { id: placedOrder.id } });
  order = {
    id: paid.id,
    paymentIntentId: paid.paymentIntentId!,
    shoeShipmentId: shoeShipment.id,
    shoeLineId: shoeShipment.lines[0]!.id,
    threadShipmentId: threadShipment.id,
    threadLineId: threadShipment.lines[0]!.id,
  };
  // SMTP down from here: each email waits in the queue, where it can be counted.
  await app.setMailServerUp(false);
});
afterAll(() => app?.close());

/** The buyer asks (or, with null, someone signed out). */
const ask = (body: unknown, cookie: string | null = cookies.buyer, orderId = order.id) =>
  callRoute(routes("/api/orders/[id]/returns").POST, { method: "POST", params: { id: orderId }, body, cookie: cookie ?? undefined });
const approve = (id: string, body: unknown = { restock: true }, cookie = cookies.ownerA) =>
  callRoute(routes("/api/owner/returns/[id]/approval").POST, { method: "POST", params: { id }, body, cookie });
const decline = (id: string, body: unknown, cookie = cookies.ownerA) =>
  callRoute(routes("/api/owner/returns/[id]/decline").POST, { method: "POST", params: { id }, body, cookie });
const returnsQueue = (shopId: string, show: string, cookie = cookies.ownerA) =>
  callRoute(routes("/api/owner/shops/[id]/returns").GET, { params: { id: shopId }, path: `/api/owner/shops/${shopId}/returns?show=${show}`, cookie });
const onePair = () => ({ shipmentId: order.shoeShipmentId, lines: [{ lineId: order.shoeLineId, quantity: 1 }], reason: "wrong_size", details: "Runs half a size small." });
const stripe = async () => {
  const { createPayments } = await import("@stepperslife/payments");
  return createPayments({ STRIPE_SECRET_KEY: app.stripeKeys.secretKey, STRIPE_PUBLISHABLE_KEY: "pk_test_x", STRIPE_WEBHOOK_SECRET: app.stripeKeys.webhookSecret, STRIPE_API_URL: app.stripe.url })!.stripe;
};

describe("returns", () => {
  it("refuses bad, early, foreign and anonymous requests with a clear answer, writing nothing", async () => {
    const before = await countRows(app.db);
    for (const body of [
      { ...onePair(), lines: [{ lineId: order.shoeLineId, quantity: 0 }] },
      { ...onePair(), lines: [{ lineId: order.shoeLineId, quantity: 3 }] },
      { ...onePair(), lines: [{ lineId: order.threadLineId, quantity: 1 }] },
      { ...onePair(), lines: [{ lineId: order.shoeLineId, quantity: 1 }, { lineId: order.shoeLineId, quantity: 1 }] },
      { ...onePair(), lines: [] },
      { ...onePair(), reason: "because" },
      { ...onePair(), refundCents: 1 },
      { ...onePair(), details: "x".repeat(1_001) },
    ]) {
      const refused = await ask(body);
      expect(refused.status, JSON.stringify(body).slice(0, 120)).toBe(422);
      expect(refused.json.error).toMatchObject({ code: "invalid_input", message: expect.any(String), fields: expect.any(Array) });
    }
    // More than was bought names the line and the most that can go back.
    const tooMany = await ask({ ...onePair(), lines: [{ lineId: order.shoeLineId, quantity: 3 }] });
    expect(tooMany.json.error.fields).toEqual([{ path: "body.lines.0.quantity", message: "You can return at most 2." }]);
    // The shirt has not shipped yet.
    const early = await ask({ shipmentId: order.threadShipmentId, lines: [{ lineId: order.threadLineId, quantity: 1 }], reason: "changed_mind" });
    expect(early.status).toBe(409);
    expect(early.json.error.message).toBe("Items can be returned once they have shipped.");
    expect((await ask(onePair(), null)).status).toBe(401);
    expect((await ask(onePair(), cookies.stranger)).status).toBe(404);
    expect((await ask(onePair(), cookies.buyer, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect(await countRows(app.db)).toEqual(before);
  });

  it("makes one request of ten sent at once, tells the shop's owner once, and shows it to that shop only", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask(onePair())));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const made = answers.find((answer) => answer.status === 201)!.json.return;
    expect(made).toMatchObject({ status: "requested", refundCents: 12_000 });
    expect(await app.db.returnRequest.count({ where: { shipmentId: order.shoeShipmentId } })).toBe(1);
    expect(await readEmailJobs(app.url, `return-requested:${made.id}`)).toHaveLength(1);

    const queue = await returnsQueue(shoes.shop.id, "open");
    expect(queue.status).toBe(200);
    expect(queue.json.returns).toMatchObject([{ id: made.id, reasonLabel: "Wrong size or fit", details: "Runs half a size small.", refundCents: 12_000, buyerName: "Cy Customer" }]);
    // Another shop's owner: the queue, the approval and the decline are as unknown as a missing return.
    expect((await returnsQueue(shoes.shop.id, "open", cookies.ownerB)).status).toBe(404);
    expect((await approve(made.id, { restock: true }, cookies.ownerB)).status).toBe(404);
    expect((await decline(made.id, { note: "No." }, cookies.ownerB)).status).toBe(404);
    expect((await returnsQueue(threads.shop.id, "all", cookies.ownerB)).json.returns).toEqual([]);
    // The buyer's order page shows it, and no second request while it is open.
    const page = await callRoute(routes("/api/orders/[id]").GET, { params: { id: order.id }, cookie: cookies.buyer });
    const shipment = page.json.order.shipments.find((each: { id: string }) => each.id === order.shoeShipmentId);
    expect(shipment.returns).toMatchObject([{ id: made.id, statusLabel: "Return requested" }]);
    expect(shipment.returnPolicy).toMatchObject({ windowDays: 30, canAsk: false });
  });

  it("approves once under five clicks at once: one refund of that shop's part, its transfer reversed, restocked once, the buyer told once", async () => {
    const [request] = await app.db.returnRequest.findMany({ where: { shipmentId: order.shoeShipmentId } });
    const stockBefore = (await app.db.productVariant.findUniqueOrThrow({ where: { id: shoes.variants[0]!.id } })).stock;
    const answers = await Promise.all(Array.from({ length: 5 }, () => approve(request!.id)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[0]!.json.return).toMatchObject({ status: "approved", refundCents: 12_000, restocked: true, refunded: true });

    const api = await stripe();
    const intent = await api.paymentIntents.retrieve(order.paymentIntentId);
    const refunds = (await api.refunds.list({ charge: intent.latest_charge as string, limit: 100 })).data;
    expect(refunds.map((refund) => [refund.amount, refund.metadata?.businessId, refund.metadata?.refundKey])).toEqual([[12_000, shoes.shop.id, `return-${request!.id}`]]);
    const transfers = (await api.transfers.list({ transfer_group: `order-${order.id}`, limit: 10 })).data;
    const account = (businessId: string) => app.db.connectedAccount.findFirstOrThrow({ where: { businessId } });
    const byDestination = new Map(transfers.map((transfer) => [transfer.destination, transfer]));
    // Glide Shoes was sent $249 less 5%: 120/249 of what it received comes back from it, nothing from Threads.
    const shoeShare = byDestination.get((await account(shoes.shop.id)).id)!;
    expect(shoeShare.amount).toBe(24_900 - 1_245);
    expect(shoeShare.amount_reversed).toBe(Math.round((12_000 * (24_900 - 1_245)) / 24_900));
    expect(byDestination.get((await account(threads.shop.id)).id)!.amount_reversed).toBe(0);

    expect((await app.db.productVariant.findUniqueOrThrow({ where: { id: shoes.variants[0]!.id } })).stock).toBe(stockBefore + 1);
    expect(await readEmailJobs(app.url, `return-refunded:${request!.id}`)).toHaveLength(1);
    // Stripe's charge.refunded updates that shop's ledger row only.
    await vi.waitFor(async () => {
      const rows = await app.db.businessPayment.findMany({ where: { orderId: order.id } });
      expect(Object.fromEntries(rows.map((row) => [row.businessId, row.refundedCents]))).toEqual({ [shoes.shop.id]: 12_000, [threads.shop.id]: 0 });
    });
    // Decided: declining it now is refused, approving it again changes nothing.
    expect((await decline(request!.id, { note: "Changed my mind" })).status).toBe(409);
    expect((await approve(request!.id)).json.return).toMatchObject({ status: "approved", refunded: true });
    expect((await api.refunds.list({ charge: intent.latest_charge as string, limit: 100 })).data).toHaveLength(1);
  });

  it("lets the other pair be asked back and declined with a reason, then closes when the window does", async () => {
    expect((await ask({ ...onePair(), lines: [{ lineId: order.shoeLineId, quantity: 2 }] })).json.error.fields).toEqual([
      { path: "body.lines.0.quantity", message: "You can return at most 1." },
    ]);
    const second = await ask({ ...onePair(), reason: "changed_mind", details: "" });
    expect(second.status).toBe(201);
    const id: string = second.json.return.id;
    const before = await countRows(app.db);
    for (const body of [{}, { note: "" }, { note: "x".repeat(501) }, { note: "Worn outside", extra: 1 }]) expect((await decline(id, body)).status).toBe(422);
    expect(await countRows(app.db)).toEqual(before);
    const declined = await decline(id, { note: "The soles show wear on the street." });
    expect(declined.json.return).toMatchObject({ status: "declined" });
    expect(await readEmailJobs(app.url, `return-declined:${id}`)).toHaveLength(1);
    expect((await approve(id)).status).toBe(409);
    expect((await returnsQueue(shoes.shop.id, "decided")).json.returns.map((each: { status: string }) => each.status)).toEqual(["declined", "approved"]);

    // A declined pair may be asked about again while the window is open; not once it has closed.
    await app.db.shipment.update({ where: { id: order.shoeShipmentId }, data: { deliveredAt: new Date(Date.now() - 31 * DAY_MS) } });
    const late = await ask(onePair());
    expect(late.status).toBe(409);
    expect(late.json.error.message).toMatch(/^The 30-day return window of Glide Shoes closed on /);
  });
});
