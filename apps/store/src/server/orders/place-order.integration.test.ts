import type { SessionUser } from "@stepperslife/auth-config";
import { AppError } from "@stepperslife/http";
import { startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { quoteCart } from "../cart/quote-cart";
import { makeTestShop } from "../testing/make-test-shop";
import { cancelUnpaidOrder } from "./cancel-unpaid-order";
import { expireLapsedOrders } from "./expire-lapsed-orders";
import { placeOrder } from "./place-order";

let app: VerticalTestApp<PrismaClient>;
beforeAll(async () => {
  app = await startVerticalTestApp({ app: "store" });
});
afterAll(() => app?.close());

const buyer = (n: number): SessionUser => ({ id: `buyer-${n}`, name: `Buyer ${n}`, email: `buyer${n}@example.com`, image: null, roles: [] });
const stockOf = async (variantId: string) => (await app.db.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;

describe("placing an order for a cart across shops", () => {
  it("50 buyers for the last 10 units at once → exactly 10 orders, stock 0, the other 40 told it sold out", async () => {
    const { variants } = await makeTestShop(app.db, { variants: [{ size: "10", colour: "Black", priceCents: 14_500, stock: 10 }] });
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, n) => placeOrder({ db: app.db, customer: buyer(n), lines: [{ variantId: variants[0]!.id, quantity: 1 }] })),
    );
    const placed = attempts.filter((attempt) => attempt.status === "fulfilled");
    const refused = attempts.flatMap((attempt) => (attempt.status === "rejected" ? [attempt.reason as unknown] : []));
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(AppError);
      expect((reason as AppError).message).toMatch(/just sold out|Only \d+ left/);
    }
    expect(await stockOf(variants[0]!.id)).toBe(0);
    expect(await app.db.orderLine.aggregate({ where: { variantId: variants[0]!.id }, _sum: { quantity: true } })).toEqual({ _sum: { quantity: 10 } });
  });

  it("splits one order into a shipment per shop, each with its own shipping (free above the shop's amount), prices copied", async () => {
    const shoes = await makeTestShop(app.db, { name: "Glide Shoes", shippingFlatCents: 900, freeShippingOverCents: 20_000, variants: [{ size: "9", priceCents: 12_000, stock: 5 }] });
    const threads = await makeTestShop(app.db, { name: "Threads", shippingFlatCents: 600, variants: [{ colour: "Navy", priceCents: 3_500, stock: 5 }] });
    const lines = [{ variantId: shoes.variants[0]!.id, quantity: 2 }, { variantId: threads.variants[0]!.id, quantity: 1 }];
    const quote = await quoteCart({ db: app.db, lines });
    expect(quote.shops.map((part) => [part.shop.name, part.subtotalCents, part.shippingCents])).toEqual([["Glide Shoes", 24_000, 0], ["Threads", 3_500, 600]]);
    expect(quote).toMatchObject({ subtotalCents: 27_500, shippingCents: 600, totalCents: 28_100, orderable: true });

    const placed = await placeOrder({ db: app.db, customer: buyer(100), lines });
    await app.db.productVariant.update({ where: { id: shoes.variants[0]!.id }, data: { priceCents: 99_900 } });
    const order = await app.db.order.findUniqueOrThrow({ where: { id: placed.id }, include: { shipments: { include: { lines: true, changes: true } } } });
    expect(order).toMatchObject({ status: "awaiting_payment", subtotalCents: 27_500, shippingCents: 600, totalCents: 28_100, customerEmail: "buyer100@example.com" });
    expect(order.holdExpiresAt.getTime() - order.createdAt.getTime()).toBeGreaterThanOrEqual(35 * 60_000);
    const byShop = Object.fromEntries(order.shipments.map((shipment) => [shipment.shopId, shipment]));
    expect(byShop[shoes.shop.id]).toMatchObject({ status: "awaiting_payment", subtotalCents: 24_000, shippingCents: 0 });
    expect(byShop[shoes.shop.id]!.lines).toMatchObject([{ productName: shoes.product.name, variantLabel: "Size 9", unitPriceCents: 12_000, quantity: 2 }]);
    expect(byShop[threads.shop.id]!.lines).toMatchObject([{ variantLabel: "Navy", unitPriceCents: 3_500, quantity: 1 }]);
    expect(byShop[threads.shop.id]!.changes).toMatchObject([{ fromStatus: null, toStatus: "awaiting_payment", actor: "buyer" }]);
    expect([await stockOf(shoes.variants[0]!.id), await stockOf(threads.variants[0]!.id)]).toEqual([3, 4]);
  });

  it("refuses a cart with one line short of stock and writes nothing, not even the other shop's lines", async () => {
    const plenty = await makeTestShop(app.db, { variants: [{ priceCents: 2_000, stock: 8 }] });
    const scarce = await makeTestShop(app.db, { variants: [{ colour: "Red", priceCents: 2_000, stock: 1 }] });
    const before = await app.db.order.count();
    const attempt = placeOrder({ db: app.db, customer: buyer(200), lines: [{ variantId: plenty.variants[0]!.id, quantity: 3 }, { variantId: scarce.variants[0]!.id, quantity: 2 }] });
    await expect(attempt).rejects.toThrow(`Only 1 left of ${scarce.product.name}, Red; lower the quantity.`);
    expect([await stockOf(plenty.variants[0]!.id), await stockOf(scarce.variants[0]!.id), await app.db.order.count()]).toEqual([8, 1, before]);
    const quote = await quoteCart({ db: app.db, lines: [{ variantId: scarce.variants[0]!.id, quantity: 2 }, { variantId: crypto.randomUUID(), quantity: 1 }] });
    expect(quote.orderable).toBe(false);
    expect(quote.shops[0]!.lines[0]!.problem).toBe("Only 1 left");
    expect(quote.unavailable).toHaveLength(1);
  });

  it("refuses unpublished products", async () => {
    const { product, variants } = await makeTestShop(app.db, { variants: [{ priceCents: 2_000, stock: 8 }] });
    await app.db.product.update({ where: { id: product.id }, data: { published: false } });
    await expect(placeOrder({ db: app.db, customer: buyer(300), lines: [{ variantId: variants[0]!.id, quantity: 1 }] })).rejects.toThrow(/no longer for sale/);
    expect(await stockOf(variants[0]!.id)).toBe(8);
  });
});

describe("giving stock back", () => {
  it("a cancelled unpaid order restocks exactly once, however many cancel it at the same time", async () => {
    const { variants } = await makeTestShop(app.db, { variants: [{ size: "8", priceCents: 5_000, stock: 4 }, { size: "9", priceCents: 5_000, stock: 4 }] });
    const placed = await placeOrder({ db: app.db, customer: buyer(400), lines: [{ variantId: variants[0]!.id, quantity: 3 }, { variantId: variants[1]!.id, quantity: 1 }] });
    const results = await Promise.all(Array.from({ length: 5 }, () => cancelUnpaidOrder({ db: app.db, orderId: placed.id })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect([await stockOf(variants[0]!.id), await stockOf(variants[1]!.id)]).toEqual([4, 4]);
    const shipment = await app.db.shipment.findFirstOrThrow({ where: { orderId: placed.id }, include: { changes: { orderBy: { at: "asc" } } } });
    expect(shipment.status).toBe("cancelled");
    expect(shipment.changes.map((change) => change.toStatus)).toEqual(["awaiting_payment", "cancelled"]);
  });

  it("the sweep cancels only orders whose hold ran out, and leaves paid ones and a session Stripe says is complete alone", async () => {
    const { variants } = await makeTestShop(app.db, { variants: [{ priceCents: 5_000, stock: 10 }] });
    const line = [{ variantId: variants[0]!.id, quantity: 2 }];
    const lapsed = await placeOrder({ db: app.db, customer: buyer(500), lines: line, now: new Date(Date.now() - 60 * 60_000) });
    const completing = await placeOrder({ db: app.db, customer: buyer(501), lines: line, now: new Date(Date.now() - 60 * 60_000) });
    await app.db.order.update({ where: { id: completing.id }, data: { checkoutSessionId: `cs_test_complete_${completing.id.slice(0, 8)}` } });
    const current = await placeOrder({ db: app.db, customer: buyer(502), lines: line });
    const asked: string[] = [];
    const expireCheckout = async (sessionId: string) => (asked.push(sessionId), { status: "complete" as const });
    expect(await expireLapsedOrders({ db: app.db, expireCheckout })).toBeGreaterThanOrEqual(1);
    const statuses = await app.db.order.findMany({ where: { id: { in: [lapsed.id, completing.id, current.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((order) => [order.id, order.status]))).toEqual({ [lapsed.id]: "cancelled", [completing.id]: "awaiting_payment", [current.id]: "awaiting_payment" });
    expect(asked).toEqual([`cs_test_complete_${completing.id.slice(0, 8)}`]);
    expect(await stockOf(variants[0]!.id)).toBe(6);
  });
});
