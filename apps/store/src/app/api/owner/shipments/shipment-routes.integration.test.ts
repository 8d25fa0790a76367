import type { SessionUser } from "@stepperslife/auth-config";
import { countRows, readEmailJobs, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { markOrderPaid } from "@/server/orders/mark-order-paid";
import { placeOrder } from "@/server/orders/place-order";
import { makeTestShop } from "@/server/testing/make-test-shop";

const { callRoute, ownerA, ownerB } = routeClientFor("store");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let cookieA: string;
let cookieB: string;
let shop: Awaited<ReturnType<typeof makeTestShop>>;
let buyers = 0;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
  routes = await app.importRoutes();
  [cookieA, cookieB] = [await app.cookieFor(ownerA), await app.cookieFor(ownerB)];
  shop = await makeTestShop(app.db, {
    ownerId: ownerA.id,
    variants: [
      { size: "9", priceCents: 9_000, stock: 500 },
      { size: "10", priceCents: 9_000, stock: 500 },
      { size: "11", priceCents: 9_000, stock: 500 },
    ],
  });
  // SMTP down: each email waits in the queue, where it can be counted.
  await app.setMailServerUp(false);
});
afterAll(() => app?.close());

/** A buyer's paid order of all three sizes, as Stripe's paid session leaves it; its one shipment and its lines. */
async function paidShipment() {
  buyers += 1;
  const buyer: SessionUser = { id: `buyer-${buyers}`, name: `Buyer ${buyers}`, email: `buyer${buyers}@example.com`, image: null, roles: [] };
  const placed = await placeOrder({ db: app.db, customer: buyer, lines: shop.variants.map((variant) => ({ variantId: variant.id, quantity: 1 })) });
  const checkoutSessionId = `cs_test_fulfil_${buyers}_${Date.now()}`;
  await app.db.order.update({ where: { id: placed.id }, data: { checkoutSessionId } });
  const address = { name: buyer.name!, line1: "1 Main St", line2: null, city: "Chicago", state: "IL", postalCode: "60601", country: "US" };
  const paid = await markOrderPaid({
    db: app.db,
    checkout: { checkoutSessionId, orderId: placed.id, paymentIntentId: `pi_test_${buyers}`, amountTotalCents: placed.totalCents, currency: "usd", shippingAddress: address },
  });
  expect(paid.outcome).toBe("paid");
  return app.db.shipment.findFirstOrThrow({ where: { orderId: placed.id }, include: { lines: { orderBy: { variantLabel: "asc" } } } });
}

const post = (path: string, id: string, body?: unknown, cookie: string | undefined = cookieA) =>
  callRoute(routes(path).POST, { method: "POST", params: { id }, body, cookie });
const pack = (id: string, cookie?: string) => post("/api/owner/shipments/[id]/packed", id, undefined, cookie);
const ship = (id: string, body: unknown, cookie?: string) => post("/api/owner/shipments/[id]/parcels", id, body, cookie);
const deliver = (id: string, cookie?: string) => post("/api/owner/shipments/[id]/delivered", id, undefined, cookie);
const queue = (show: string, cookie = cookieA) =>
  callRoute(routes("/api/owner/shops/[id]/orders").GET, { params: { id: shop.shop.id }, path: `/api/owner/shops/${shop.shop.id}/orders?show=${show}`, cookie });

describe("the shop fulfils its part of an order", () => {
  it("packs once, ships in two parcels with tracking, then is delivered; the buyer is told once at each step", async () => {
    const shipment = await paidShipment();
    expect((await queue("to-fulfil")).json.shipments.map((each: { id: string }) => each.id)).toContain(shipment.id);
    expect((await pack(shipment.id)).json.shipment).toEqual({ status: "packed" });
    expect((await pack(shipment.id)).json.shipment).toEqual({ status: "packed" });
    expect(await readEmailJobs(app.url, `shipment-packed:${shipment.id}`)).toHaveLength(1);
    // Delivered before anything shipped is refused.
    expect((await deliver(shipment.id)).status).toBe(409);

    const [first, second, third] = shipment.lines;
    const partial = await ship(shipment.id, { lineIds: [first!.id, second!.id], carrier: "usps", trackingNumber: "9400 1000 0000 0000 0000 00" });
    expect(partial.status).toBe(201);
    expect(partial.json.parcel).toMatchObject({ status: "packed", linesLeft: 1 });
    const listed = (await queue("to-fulfil")).json.shipments.find((each: { id: string }) => each.id === shipment.id);
    expect(listed).toMatchObject({ statusLabel: "Partly shipped", buyerName: expect.stringMatching(/^Buyer/), shipTo: ["1 Main St", "Chicago IL 60601"] });
    expect(listed.parcels).toMatchObject([{ carrier: "USPS", trackingNumber: "9400100000000000000000", trackingUrl: expect.stringContaining("9400100000000000000000") }]);
    // A line already in a parcel cannot go in another, and nothing is written.
    const before = await countRows(app.db);
    expect((await ship(shipment.id, { lineIds: [first!.id, third!.id], carrier: "ups", trackingNumber: "1Z999AA10123456784" })).status).toBe(409);
    expect(await countRows(app.db)).toEqual(before);

    const rest = await ship(shipment.id, { lineIds: [third!.id], carrier: "ups", trackingNumber: "1Z999AA10123456784" });
    expect(rest.json.parcel).toMatchObject({ status: "shipped", linesLeft: 0 });
    for (const parcelId of [partial.json.parcel.parcelId, rest.json.parcel.parcelId]) {
      expect(await readEmailJobs(app.url, `parcel-shipped:${parcelId}`)).toHaveLength(1);
    }
    expect((await queue("shipped")).json.shipments.map((each: { id: string }) => each.id)).toContain(shipment.id);
    expect((await queue("to-fulfil")).json.shipments.map((each: { id: string }) => each.id)).not.toContain(shipment.id);
    expect((await ship(shipment.id, { lineIds: [third!.id], carrier: "ups", trackingNumber: "1Z999AA10123456784" })).status).toBe(409);

    expect((await deliver(shipment.id)).json.shipment).toEqual({ status: "delivered" });
    expect((await deliver(shipment.id)).json.shipment).toEqual({ status: "delivered" });
    expect(await readEmailJobs(app.url, `shipment-delivered:${shipment.id}`)).toHaveLength(1);
    const changes = await app.db.shipmentStatusChange.findMany({ where: { shipmentId: shipment.id }, orderBy: { at: "asc" } });
    expect(changes.map((change) => change.toStatus)).toEqual(["awaiting_payment", "paid", "packed", "shipped", "delivered"]);
  });

  it("ships the same lines sent ten times at once in exactly one parcel", async () => {
    const shipment = await paidShipment();
    const body = { lineIds: shipment.lines.map((line) => line.id), carrier: "fedex", trackingNumber: "7489 1234 5678" };
    const answers = await Promise.all(Array.from({ length: 10 }, () => ship(shipment.id, body)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(await app.db.parcel.count({ where: { shipmentId: shipment.id } })).toBe(1);
    expect((await app.db.shipment.findUniqueOrThrow({ where: { id: shipment.id } })).status).toBe("shipped");
  });

  it("refuses bad input with the field named, writing nothing; asks who is there; another owner finds nothing", async () => {
    const shipment = await paidShipment();
    const before = await countRows(app.db);
    const line = shipment.lines[0]!.id;
    for (const body of [
      { lineIds: [], carrier: "usps", trackingNumber: "9400100000" },
      { lineIds: [line], carrier: "pigeon", trackingNumber: "9400100000" },
      { lineIds: [line], carrier: "usps", trackingNumber: "<script>" },
      { lineIds: [line], carrier: "usps", trackingNumber: "12" },
      { lineIds: ["not-an-id"], carrier: "usps", trackingNumber: "9400100000" },
      { lineIds: [line], carrier: "usps", trackingNumber: "9400100000", shippedAt: "2020-01-01" },
    ]) {
      const refused = await ship(shipment.id, body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.json.error.fields.length).toBeGreaterThan(0);
    }
    expect((await pack("not-a-uuid")).status).toBe(422);
    expect((await pack(shipment.id, "")).status).toBe(401);
    expect((await pack(shipment.id, cookieB)).status).toBe(404);
    expect((await ship(shipment.id, { lineIds: [line], carrier: "usps", trackingNumber: "9400100000" }, cookieB)).status).toBe(404);
    expect((await deliver(shipment.id, cookieB)).status).toBe(404);
    expect((await queue("all", cookieB)).status).toBe(404);
    expect((await queue("everything")).status).toBe(422);
    expect(await countRows(app.db)).toEqual(before);
  });
});
