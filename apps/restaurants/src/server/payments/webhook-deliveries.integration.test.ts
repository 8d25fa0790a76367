import { randomBytes } from "node:crypto";
import { paidCheckoutSessionEvent, shuffle, signedWebhookRequest, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it} from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

let app: VerticalTestApp<PrismaClient>;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db });
  ({ POST } = await import("@/app/api/stripe/webhook/route"));
});
afterAll(() => app?.close());

type Order = { id: string; restaurantId: string; checkoutSessionId: string; totalCents: number };

const sessionEvent = (type: string, order: Order) =>
  paidCheckoutSessionEvent(type, { orderId: order.id, checkoutSessionId: order.checkoutSessionId, totalCents: order.totalCents, metadata: { restaurantId: order.restaurantId } });
const deliver = (payload: string, { secret = app.stripeKeys.webhookSecret, timestamp }: { secret?: string; timestamp?: number } = {}) => POST(signedWebhookRequest(payload, { secret, timestamp }));

describe("POST /api/stripe/webhook", () => {
  it("refuses unsigned, tampered, stale and wrongly signed deliveries with 400, recording nothing", async () => {
    const restaurant = await app.db.restaurant.findFirstOrThrow();
    const order = { id: "00000000-0000-4000-8000-000000000001", restaurantId: restaurant.id, checkoutSessionId: "cs_test_nobody", totalCents: 100 };
    const payload = JSON.stringify(sessionEvent("checkout.session.completed", order));
    const signature = signedWebhookRequest(payload, { secret: app.stripeKeys.webhookSecret }).headers.get("stripe-signature")!;
    const attempts = [
      POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: payload })),
      POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "stripe-signature": signature }, body: payload.replace('"amount_total":100', '"amount_total":1') })),
      deliver(payload, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      deliver(payload, { secret: "whsec_someone_else" }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(400);
    expect(await app.db.stripeWebhookEvent.count()).toBe(0);
  });

  it("pays every order exactly once across 1,000 deliveries: 30% duplicates, 10% concurrent duplicates, shuffled", async () => {
    const restaurant = await app.db.restaurant.findFirstOrThrow();
    const orders = Array.from({ length: 500 }, (_, index) => ({
      id: crypto.randomUUID(),
      restaurantId: restaurant.id,
      customerId: `customer-${index % 40}`,
      customerEmail: `c${index % 40}@example.com`,
      status: "awaiting_payment" as const,
      paymentMethod: "stripe" as const,
      pickupAt: new Date(Date.now() + 3_600_000),
      totalCents: 1000 + index,
      checkoutSessionId: `cs_test_${index}_${randomBytes(6).toString("hex")}`,
    }));
    await app.db.order.createMany({ data: orders });

    // 600 distinct events: every order's checkout.session.completed, and for 100 of them a second, different
    // event about the same paid session (async_payment_succeeded), arriving in any order.
    const unique = [
      ...orders.map((order) => sessionEvent("checkout.session.completed", order)),
      ...orders.slice(0, 100).map((order) => sessionEvent("checkout.session.async_payment_succeeded", order)),
    ].map((event) => JSON.stringify(event));
    const redeliveries = shuffle([...unique]).slice(0, 300); // 30% of deliveries: an event again, at some other time
    const concurrent = new Set(shuffle([...unique]).slice(0, 100)); // 10%: an event's second copy at the same moment
    const batches: string[][] = shuffle([
      ...unique.map((payload) => (concurrent.has(payload) ? [payload, payload] : [payload])),
      ...redeliveries.map((payload) => [payload]),
    ]);
    expect(batches.flat()).toHaveLength(1000);

    const statuses: number[] = [];
    const outcomes = new Map<string, number>();
    for (let start = 0; start < batches.length; start += 12) {
      const responses = await Promise.all(batches.slice(start, start + 12).flat().map((payload) => deliver(payload)));
      for (const response of responses) {
        statuses.push(response.status);
        const { outcome } = (await response.json()) as { outcome: string };
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(outcomes.get("processed")).toBe(600);
    expect(outcomes.get("duplicate")).toBe(400);

    const paid = await app.db.order.findMany({ where: { id: { in: orders.map((order) => order.id) } } });
    expect(paid.every((order) => order.status === "new" && order.paidAt !== null)).toBe(true);
    const transitions = await app.db.orderStatusChange.groupBy({ by: ["orderId"], where: { fromStatus: "awaiting_payment", toStatus: "new" }, _count: true });
    expect(transitions).toHaveLength(500);
    expect(transitions.every((row) => row._count === 1)).toBe(true);
    expect(await app.db.stripeWebhookEvent.count({ where: { outcome: "processed" } })).toBe(600);
    // Duplicates run nothing but are still counted, so the owner's log can show each redelivery.
    expect((await app.db.stripeWebhookEvent.aggregate({ _sum: { deliveries: true } }))._sum.deliveries).toBe(1000);
  });
});
