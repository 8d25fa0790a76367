import type { SessionUser } from "@stepperslife/auth-config";
import { afterAll, beforeAll, describe, expect, it} from "vitest";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { connectBusiness } from "@stepperslife/payments/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestEvent } from "@/testing/create-test-event";
import { HOLD_MINUTES, placeOrder } from "./place-order";

const { callRoute } = routeClientFor("events");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;

const buyer = (index: number): SessionUser => ({ id: `buyer-${index}`, name: `Buyer ${index}`, email: `buyer${index}@example.com`, image: null, roles: [] });

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  // The organizers here have set up payouts, so their paid tickets are on sale.
  for (const organizerId of ["organizer-a"]) await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: organizerId });
  routes = await app.importRoutes();
});
afterAll(() => app?.close());

async function buy(user: SessionUser, body: unknown) {
  return callRoute(routes("/api/orders").POST, { method: "POST", path: "/api/orders", body, cookie: await app.cookieFor(user) });
}

describe("POST /api/orders under concurrency", () => {
  it.each([
    ["paid (held while checkout is open)", 2500],
    ["free (issued at once)", 0],
  ])("50 concurrent buyers for the last 10 %s tickets: exactly 10 succeed", async (_label, priceCents) => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents, capacity: 10 }] });
    const type = event.ticketTypes[0]!;
    const answers = await Promise.all(Array.from({ length: 50 }, (_, index) => buy(buyer(index), { eventId: event.id, lines: [{ ticketTypeId: type.id, quantity: 1 }] })));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(40);
    const after = await app.db.ticketType.findUniqueOrThrow({ where: { id: type.id } });
    expect(priceCents === 0 ? after.sold : after.held).toBe(10);
    expect(after.sold + after.held).toBe(10);
    expect(await app.db.ticket.count({ where: { eventId: event.id } })).toBe(priceCents === 0 ? 10 : 0);
    if (priceCents > 0) {
      const placed = answers.filter((answer) => answer.status === 201);
      expect(placed.every((answer) => typeof answer.json.checkoutUrl === "string")).toBe(true);
      expect(await app.db.order.count({ where: { eventId: event.id, status: "awaiting_payment", checkoutSessionId: { not: null } } })).toBe(10);
    }
  });

  it("enforces the event's own capacity across ticket types", async () => {
    const event = await createTestEvent(app.db, { capacity: 12, ticketTypes: [{ priceCents: 0, capacity: 10 }, { priceCents: 0, capacity: 10 }] });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => buy(buyer(100 + index), { eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[index % 2]!.id, quantity: 1 }] })),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(12);
    const seats = await app.db.ticketType.aggregate({ where: { eventId: event.id }, _sum: { sold: true } });
    expect(seats._sum.sold).toBe(12);
    expect(await app.db.ticket.count({ where: { eventId: event.id } })).toBe(12);
  });

  it("refuses more than a ticket type's per-order limit, writing nothing", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 0, capacity: 100, perOrderLimit: 4 }] });
    const answer = await buy(buyer(1), { eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 3 }, { ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] });
    expect(answer.status).toBe(422);
    expect(await app.db.order.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("holds", () => {
  it("releases the seats of an abandoned checkout once its hold has run out", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 2000, capacity: 2 }] });
    const type = event.ticketTypes[0]!;
    const first = await buy(buyer(1), { eventId: event.id, lines: [{ ticketTypeId: type.id, quantity: 2 }] });
    expect(first.status).toBe(201);
    expect((await buy(buyer(2), { eventId: event.id, lines: [{ ticketTypeId: type.id, quantity: 1 }] })).status).toBe(409);

    // The event page still counts the seats while the hold runs, and gives them back after.
    const page = await callRoute(routes("/api/events/[slug]").GET, { path: `/api/events/${event.slug}`, params: { slug: event.slug } });
    expect(page.json.event.ticketTypes[0].remaining).toBe(0);
    const later = new Date(Date.now() + (HOLD_MINUTES + 1) * 60_000);
    const second = await placeOrder({ db: app.db, buyer: buyer(2), input: { eventId: event.id, lines: [{ ticketTypeId: type.id, quantity: 2 }] }, onlinePayment: true, now: later });
    expect(second.status).toBe("awaiting_payment");
    expect((await app.db.order.findUniqueOrThrow({ where: { id: first.json.order.id } })).status).toBe("expired");
    expect(await app.db.ticketType.findUniqueOrThrow({ where: { id: type.id } })).toMatchObject({ held: 2, sold: 0 });
  });

  it("releases the seats when Stripe says the checkout session expired, once however often it says so", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 2000, capacity: 3 }] });
    const placed = await buy(buyer(1), { eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 3 }] });
    const order = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
    const expired = { id: `evt_expired_${order.id}`, type: "checkout.session.expired", data: { object: { id: order.checkoutSessionId, object: "checkout.session", status: "expired", payment_status: "unpaid", client_reference_id: order.id, metadata: { orderId: order.id, eventId: event.id } } } };
    await Promise.all([app.stripe.deliver(app.stripeKeys.secretKey, expired), app.stripe.deliver(app.stripeKeys.secretKey, { ...expired, id: `${expired.id}_again` })]);
    expect((await app.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("expired");
    expect(await app.db.ticketType.findUniqueOrThrow({ where: { id: event.ticketTypes[0]!.id } })).toMatchObject({ held: 0, sold: 0 });
  });
});

describe("promo codes", () => {
  it("never gives more uses than maxUses under concurrency", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 2000, capacity: 100 }], promoCodes: [{ code: "CREW", kind: "percent", value: 25, maxUses: 5 }] });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => buy(buyer(200 + index), { eventId: event.id, promoCode: "crew", lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] })),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 422)).toHaveLength(25);
    expect((await app.db.promoCode.findFirstOrThrow({ where: { eventId: event.id } })).uses).toBe(5);
    const orders = await app.db.order.findMany({ where: { eventId: event.id } });
    expect(orders.map((order) => [order.subtotalCents, order.discountCents, order.totalCents])).toEqual(Array(5).fill([2000, 500, 1500]));
    expect(await app.db.ticketType.findUniqueOrThrow({ where: { id: event.ticketTypes[0]!.id } })).toMatchObject({ held: 5 });
  });

  it("checks the validity window, takes amounts off, and issues a fully discounted order at once", async () => {
    const day = 86_400_000;
    const event = await createTestEvent(app.db, {
      ticketTypes: [{ priceCents: 3000, capacity: 100 }],
      promoCodes: [
        { code: "SOON", kind: "percent", value: 10, validFrom: new Date(Date.now() + day) },
        { code: "GONE", kind: "percent", value: 10, validUntil: new Date(Date.now() - day) },
        { code: "TENOFF", kind: "amount", value: 1000 },
        { code: "COMP", kind: "percent", value: 100, maxUses: 1 },
      ],
    });
    const line = [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }];
    for (const code of ["SOON", "GONE", "NOPE"]) {
      const answer = await buy(buyer(1), { eventId: event.id, promoCode: code, lines: line });
      expect(answer.status).toBe(422);
      expect(answer.json.error.fields[0].path).toBe("body.promoCode");
    }
    const tenOff = await buy(buyer(1), { eventId: event.id, promoCode: "tenoff", lines: line });
    expect(tenOff.json.order).toMatchObject({ status: "awaiting_payment", totalCents: 5000 });
    const comp = await buy(buyer(2), { eventId: event.id, promoCode: "COMP", lines: line });
    expect(comp.json).toMatchObject({ order: { status: "paid", totalCents: 0 }, checkoutUrl: null });
    expect(await app.db.ticket.count({ where: { orderId: comp.json.order.id } })).toBe(2);
  });

  it("gives a promo use back when the order's hold expires", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 2000, capacity: 10 }], promoCodes: [{ code: "ONCE", kind: "amount", value: 500, maxUses: 1 }] });
    const input = { eventId: event.id, promoCode: "ONCE", lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] };
    await placeOrder({ db: app.db, buyer: buyer(1), input, onlinePayment: true });
    await expect(placeOrder({ db: app.db, buyer: buyer(2), input, onlinePayment: true })).rejects.toThrow(/used up/);
    const later = new Date(Date.now() + (HOLD_MINUTES + 1) * 60_000);
    await expect(placeOrder({ db: app.db, buyer: buyer(2), input, onlinePayment: true, now: later })).resolves.toMatchObject({ totalCents: 1500 });
  });
});

describe("without Stripe keys", () => {
  it("says paid tickets are not on sale until the organizer has set up payouts, and still issues free ones", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 2000, capacity: 10 }, { priceCents: 0, capacity: 10 }] });
    await expect(placeOrder({ db: app.db, buyer: buyer(1), input: { eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 1 }] }, onlinePayment: false })).rejects.toThrow(/not on sale yet/);
    expect(await app.db.ticketType.findUniqueOrThrow({ where: { id: event.ticketTypes[0]!.id } })).toMatchObject({ held: 0, sold: 0 });
    await expect(placeOrder({ db: app.db, buyer: buyer(1), input: { eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[1]!.id, quantity: 1 }] }, onlinePayment: false })).resolves.toMatchObject({ status: "paid" });
  });
});
