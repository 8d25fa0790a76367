import { randomBytes } from "node:crypto";
import { paidCheckoutSessionEvent, shuffle, signedWebhookRequest, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { connectBusiness } from "@stepperslife/payments/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestEvent } from "@/testing/create-test-event";
import { placeOrder } from "../orders/place-order";

let app: VerticalTestApp<PrismaClient>;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  // The organizers here have set up payouts, so their paid tickets are on sale.
  for (const organizerId of ["organizer-a"]) await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: organizerId });
  ({ POST } = await import("@/app/api/stripe/webhook/route"));
});
afterAll(() => app?.close());

type Order = { id: string; eventId: string; checkoutSessionId: string; totalCents: number };

const sessionEvent = (type: string, order: Order) =>
  paidCheckoutSessionEvent(type, { orderId: order.id, checkoutSessionId: order.checkoutSessionId, totalCents: order.totalCents, metadata: { eventId: order.eventId } });
const deliver = (payload: string) => POST(signedWebhookRequest(payload, { secret: app.stripeKeys.webhookSecret }));

describe("POST /api/stripe/webhook", () => {
  it("refuses an unsigned delivery with 400, recording nothing", async () => {
    const before = await app.db.stripeWebhookEvent.count();
    const response = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: "{}" }));
    expect(response.status).toBe(400);
    expect(await app.db.stripeWebhookEvent.count()).toBe(before);
  });

  it("issues every order's tickets exactly once across duplicate, concurrent and shuffled deliveries", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 1500, capacity: 500 }, { priceCents: 4000, capacity: 500 }] });
    const [general, vip] = event.ticketTypes as [(typeof event.ticketTypes)[0], (typeof event.ticketTypes)[0]];
    const orders: Order[] = [];
    for (let index = 0; index < 60; index += 1) {
      const placed = await placeOrder({
        db: app.db,
        buyer: { id: `buyer-${index}`, name: null, email: `b${index}@example.com`, image: null, roles: [] },
        input: { eventId: event.id, lines: [{ ticketTypeId: general.id, quantity: 1 + (index % 3) }, ...(index % 2 ? [{ ticketTypeId: vip.id, quantity: 1 }] : [])] },
        onlinePayment: true,
      });
      const checkoutSessionId = `cs_test_${index}_${randomBytes(6).toString("hex")}`;
      await app.db.order.update({ where: { id: placed.id }, data: { checkoutSessionId } });
      orders.push({ id: placed.id, eventId: event.id, checkoutSessionId, totalCents: placed.totalCents });
    }
    const unique = [
      ...orders.map((order) => sessionEvent("checkout.session.completed", order)),
      ...orders.slice(0, 20).map((order) => sessionEvent("checkout.session.async_payment_succeeded", order)),
    ].map((stripeEvent) => JSON.stringify(stripeEvent));
    const concurrent = new Set(shuffle([...unique]).slice(0, 20));
    const batches = shuffle([...unique.map((payload) => (concurrent.has(payload) ? [payload, payload, payload] : [payload])), ...shuffle([...unique]).slice(0, 30).map((payload) => [payload])]);
    const outcomes = new Map<string, number>();
    for (let start = 0; start < batches.length; start += 10) {
      for (const response of await Promise.all(batches.slice(start, start + 10).flat().map((payload) => deliver(payload)))) {
        expect(response.status).toBe(200);
        const { outcome } = (await response.json()) as { outcome: string };
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }
    expect(outcomes.get("processed")).toBe(80);
    expect(outcomes.get("duplicate")).toBe(70);

    const paid = await app.db.order.findMany({ where: { eventId: event.id }, include: { lines: true, _count: { select: { tickets: true } } } });
    expect(paid.every((order) => order.status === "paid" && order.paidAt !== null && order.holdExpiresAt === null)).toBe(true);
    for (const order of paid) expect(order._count.tickets).toBe(order.lines.reduce((sum, line) => sum + line.quantity, 0));
    const sold = paid.flatMap((order) => order.lines).reduce((sum, line) => sum + line.quantity, 0);
    expect(await app.db.ticket.count({ where: { eventId: event.id } })).toBe(sold);
    const types = await app.db.ticketType.findMany({ where: { eventId: event.id } });
    expect(types.reduce((sum, type) => sum + type.sold, 0)).toBe(sold);
    expect(types.every((type) => type.held === 0)).toBe(true);
  });

  it("pays a real checkout end to end through the Stripe stand-in", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 2500, capacity: 10 }] });
    const { POST: buy } = await import("@/app/api/orders/route");
    const user = { id: "buyer-e2e", name: "E2E", email: "e2e@example.com", image: null, roles: [] };
    const response = await buy(new Request("http://localhost/api/orders", { method: "POST", headers: { cookie: await app.cookieFor(user), "content-type": "application/json" }, body: JSON.stringify({ eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] }) }));
    expect(response.status).toBe(201);
    const { order } = (await response.json()) as { order: { id: string } };
    const stored = await app.db.order.findUniqueOrThrow({ where: { id: order.id } });
    await app.stripe.completeCheckout(stored.checkoutSessionId!);
    await vi.waitFor(async () => expect((await app.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("paid"), { timeout: 10_000 });
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(2);
    expect(await app.db.ticketType.findUniqueOrThrow({ where: { id: event.ticketTypes[0]!.id } })).toMatchObject({ sold: 2, held: 0 });
  });

  it("the success page confirms a payment whose webhook has not arrived; the late webhook issues nothing more", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 1800, capacity: 10 }] });
    const { POST: buy } = await import("@/app/api/orders/route");
    const { checkout } = await import("@/server/payments/checkout");
    const user = { id: "buyer-success", name: "S", email: "s@example.com", image: null, roles: [] };
    const response = await buy(new Request("http://localhost/api/orders", { method: "POST", headers: { cookie: await app.cookieFor(user), "content-type": "application/json" }, body: JSON.stringify({ eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 3 }] }) }));
    const { order } = (await response.json()) as { order: { id: string } };
    const sessionId = (await app.db.order.findUniqueOrThrow({ where: { id: order.id } })).checkoutSessionId!;
    app.acceptWebhooks(false);
    try {
      await app.stripe.completeCheckout(sessionId);
    } finally {
      app.acceptWebhooks(true);
    }
    expect((await app.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("awaiting_payment");
    const confirm = () => checkout.confirmCheckout({ orderId: order.id, sessionId });
    await Promise.all([confirm(), confirm(), confirm()]);
    expect((await app.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("paid");
    await vi.waitFor(async () => expect(await app.inbox("s@example.com")).toHaveLength(1), { timeout: 20_000 });
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(3);
    // Stripe retries the delivery later: the order is already paid, nothing is issued twice.
    expect(app.stripe.deliveries().some((delivery) => delivery.type === "checkout.session.completed" && delivery.status === 503)).toBe(true);
    const retry = await deliver(JSON.stringify(sessionEvent("checkout.session.completed", { id: order.id, eventId: event.id, checkoutSessionId: sessionId, totalCents: 5400 })));
    expect(await retry.json()).toMatchObject({ outcome: "processed" });
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(3);
    expect(await app.db.ticketType.findUniqueOrThrow({ where: { id: event.ticketTypes[0]!.id } })).toMatchObject({ sold: 3, held: 0 });
    // One tickets email whichever path paid the order: none for the confirmations that lost, none for the retry.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await app.inbox("s@example.com")).toHaveLength(1);
  });
});
