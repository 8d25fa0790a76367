import { setTimeout as sleep } from "node:timers/promises";
import { failCommitsWhere, readEmailJobs, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { connectBusiness } from "@stepperslife/payments/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestEvent } from "@/testing/create-test-event";

// The tickets email rides out an SMTP outage in the app's job queue: real PostgreSQL, the app's own worker, the mail
// sink and the Stripe stub, with nothing of ours replaced.
let app: VerticalTestApp<PrismaClient>;
let buy: (request: Request) => Promise<Response>;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  // The organizers here have set up payouts, so their paid tickets are on sale.
  for (const organizerId of ["organizer-a"]) await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: organizerId });
  ({ POST: buy } = await import("@/app/api/orders/route"));
});
afterEach(() => app?.setMailServerUp(true));
afterAll(() => app?.close());

async function placeOrder(email: string, eventId: string, ticketTypeId: string) {
  const user = { id: `buyer-${email}`, name: null, email, image: null, roles: [] };
  const body = JSON.stringify({ eventId, lines: [{ ticketTypeId, quantity: 2 }] });
  const headers = { cookie: await app.cookieFor(user), "content-type": "application/json" };
  return buy(new Request("http://localhost/api/orders", { method: "POST", headers, body }));
}

/** The order's tickets email is in the queue and its first attempt failed against the stopped mail server. */
async function expectQueuedAndRetrying(orderId: string) {
  await vi.waitFor(async () => {
    const jobs = await readEmailJobs(app.url, `order-paid:${orderId}`);
    expect(jobs).toMatchObject([{ waiting: true, lastError: expect.stringMatching(/ECONNREFUSED/) }]);
  }, { timeout: 15_000 });
}

/** Once the mail server is back, exactly one tickets email arrives and the queue lets go of it. */
async function expectOneEmail(email: string, orderId: string, subject: string) {
  await app.setMailServerUp(true);
  await vi.waitFor(async () => expect(await readEmailJobs(app.url, `order-paid:${orderId}`)).toEqual([]), { timeout: 20_000 });
  const tickets = await app.db.ticket.findMany({ where: { orderId } });
  const mails = await app.inbox(email);
  expect(mails.map((mail) => mail.subject)).toEqual([subject]);
  for (const ticket of tickets) expect(mails[0]!.text).toContain(ticket.code);
  expect(mails[0]!.text).toContain(`/orders/${orderId}`);
}

describe("tickets email through the job queue", () => {
  it("a paid order completed through Stripe's webhook while SMTP is down: committed, queued, delivered once", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 2500, capacity: 10 }] });
    await app.setMailServerUp(false);
    const placed = await placeOrder("paid-outage@example.com", event.id, event.ticketTypes[0]!.id);
    expect(placed.status).toBe(201);
    const { order } = (await placed.json()) as { order: { id: string } };
    const { checkoutSessionId } = await app.db.order.findUniqueOrThrow({ where: { id: order.id } });
    await app.stripe.completeCheckout(checkoutSessionId!);
    await vi.waitFor(async () => expect((await app.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("paid"), { timeout: 10_000 });
    expect(await app.db.ticket.count({ where: { orderId: order.id } })).toBe(2);
    await expectQueuedAndRetrying(order.id);

    // Stripe delivers the same event again during the outage: the order is paid already, nothing more is queued.
    const completed = await app.db.stripeWebhookEvent.findFirstOrThrow({
      where: { type: "checkout.session.completed", payload: { path: ["data", "object", "id"], equals: checkoutSessionId! } },
    });
    const redeliver = () => app.stripe.deliver(app.stripeKeys.secretKey, completed.payload as { id: string; type: string });
    expect((await redeliver()).status).toBe(200);
    expect(await readEmailJobs(app.url, `order-paid:${order.id}`)).toHaveLength(1);

    await expectOneEmail("paid-outage@example.com", order.id, `Tickets: ${event.title}`);
    // And once more after the email went out: still the one email.
    expect((await redeliver()).status).toBe(200);
    await sleep(1_000);
    expect(await readEmailJobs(app.url)).toEqual([]);
    expect(await app.inbox("paid-outage@example.com")).toHaveLength(1);
  });

  it("a free order placed while SMTP is down: committed with its tickets and queued email, delivered once", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 0, capacity: 10 }] });
    await app.setMailServerUp(false);
    const placed = await placeOrder("free-outage@example.com", event.id, event.ticketTypes[0]!.id);
    expect(placed.status).toBe(201);
    const { order } = (await placed.json()) as { order: { id: string; status: string } };
    expect(order.status).toBe("paid");
    await expectQueuedAndRetrying(order.id);
    await expectOneEmail("free-outage@example.com", order.id, `Tickets: ${event.title}`);
  });

  it("an order whose transaction rolls back at commit queues no email: neither the order nor its email exist", async () => {
    const event = await createTestEvent(app.db, { ticketTypes: [{ priceCents: 0, capacity: 10 }] });
    const email = "rolled-back@example.com";
    const undo = await failCommitsWhere({ databaseUrl: app.url, table: "orders", where: `NEW.buyer_email = '${email}'` });
    try {
      expect((await placeOrder(email, event.id, event.ticketTypes[0]!.id)).status).toBe(500);
    } finally {
      await undo();
    }
    expect(await app.db.order.count({ where: { buyerEmail: email } })).toBe(0);
    expect(await app.db.ticketType.findUniqueOrThrow({ where: { id: event.ticketTypes[0]!.id } })).toMatchObject({ sold: 0 });
    expect(await readEmailJobs(app.url)).toEqual([]);
    await sleep(1_000);
    expect(await app.inbox(email)).toEqual([]);
  });
});
