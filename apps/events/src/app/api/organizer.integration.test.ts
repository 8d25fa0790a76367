import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countRows, routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { connectBusiness } from "@stepperslife/payments/testing";
import type { PrismaClient } from "@/generated/prisma/client";
import { cancelEvent } from "@/server/organizer/cancel-event";
import { seedDemoEvents } from "@/server/seed/seed-demo-events";

const { callRoute, customer, ownerA, ownerB } = routeClientFor("events");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  // The organizers here have set up payouts, so their paid tickets are on sale.
  for (const organizerId of ["owner-a", "owner-b"]) await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: organizerId });
  routes = await app.importRoutes();
  for (const [name, user] of Object.entries({ a: ownerA, b: ownerB, customer })) cookies[name] = await app.cookieFor(user);
});
afterAll(() => app?.close());

const inDays = (days: number, time = "20:00") => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
const eventBody = { title: "Winter Steppers Ball", description: "Black tie.", venue: "Hall", address: "1 Main St", city: "Chicago", timeZone: "America/Chicago", startsAt: inDays(10), endsAt: inDays(11, "01:00") };

/** ownerA's event with one paid and one free ticket type, published. */
async function publishedEvent(title = eventBody.title) {
  const created = await callRoute(routes("/api/owner/events").POST, { method: "POST", body: { ...eventBody, title }, cookie: cookies.a });
  expect(created.status).toBe(201);
  const id = created.json.event.id as string;
  const paid = await callRoute(routes("/api/owner/events/[id]/ticket-types").POST, { method: "POST", params: { id }, body: { name: "General", priceCents: 2000, capacity: 50 }, cookie: cookies.a });
  const free = await callRoute(routes("/api/owner/events/[id]/ticket-types").POST, { method: "POST", params: { id }, body: { name: "Comp", priceCents: 0, capacity: 5 }, cookie: cookies.a });
  expect((await callRoute(routes("/api/owner/events/[id]/status").POST, { method: "POST", params: { id }, body: { action: "publish" }, cookie: cookies.a })).json.status).toBe("published");
  return { id, slug: created.json.event.slug as string, paidType: paid.json.ticketType.id as string, freeType: free.json.ticketType.id as string };
}

async function buyAndPay(eventId: string, ticketTypeId: string, quantity: number) {
  const placed = await callRoute(routes("/api/orders").POST, { method: "POST", body: { eventId, lines: [{ ticketTypeId, quantity }] }, cookie: cookies.customer });
  expect(placed.status).toBe(201);
  const order = await app.db.order.findUniqueOrThrow({ where: { id: placed.json.order.id } });
  if (order.checkoutSessionId) {
    await app.stripe.completeCheckout(order.checkoutSessionId);
    await vi.waitFor(async () => expect((await app.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("paid"), { timeout: 10_000 });
  }
  return order.id;
}

/** The refund emails the buyer got for the event with this title. */
async function refundEmails(title: string) {
  const messages = (await (await fetch(`${app.mail.webUrl}/api/messages?to=cy@example.com`)).json()) as { subject: string; text: string | null }[];
  return messages.filter((message) => message.subject === `Refunded: ${title} was cancelled`);
}

describe("organizer dashboard API", () => {
  it("hands the demo events to the first organizer who asks, and to nobody after", async () => {
    await seedDemoEvents({ db: app.db });
    expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.customer })).status).toBe(403);
    expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.b })).json).toEqual({ claimed: 3 });
    expect((await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.a })).json).toEqual({ claimed: 0 });
    expect((await callRoute(routes("/api/owner/events").GET, { cookie: cookies.b })).json.events).toHaveLength(3);
  });

  it("creates a draft in the event's own time zone, hidden until published", async () => {
    const created = await callRoute(routes("/api/owner/events").POST, { method: "POST", body: { ...eventBody, slug: "winter-ball-draft" }, cookie: cookies.a });
    expect(created.json.event).toMatchObject({ status: "draft", organizerId: "owner-a" });
    expect(new Date(created.json.event.startsAt).toISOString()).toBe(new Date(`${eventBody.startsAt}:00-06:00`).toISOString());
    expect((await callRoute(routes("/api/events/[slug]").GET, { params: { slug: "winter-ball-draft" } })).status).toBe(404);
    expect((await callRoute(routes("/api/owner/events/[id]/status").POST, { method: "POST", params: { id: created.json.event.id }, body: { action: "publish" }, cookie: cookies.a })).status).toBe(422);
    expect((await callRoute(routes("/api/owner/events").POST, { method: "POST", body: { ...eventBody, slug: "winter-ball-draft" }, cookie: cookies.a })).status).toBe(409);
    expect((await callRoute(routes("/api/owner/events").POST, { method: "POST", body: eventBody, cookie: cookies.customer })).status).toBe(403);
  });

  it("publishes paid tickets only once the organizer has set up payouts, free events at any time", async () => {
    const newcomer = await app.cookieFor({ ...ownerA, id: "owner-new", email: "new-organizer@example.com" });
    const draft = async (slug: string, priceCents: number) => {
      const { json } = await callRoute(routes("/api/owner/events").POST, { method: "POST", body: { ...eventBody, slug }, cookie: newcomer });
      await callRoute(routes("/api/owner/events/[id]/ticket-types").POST, { method: "POST", params: { id: json.event.id }, body: { name: "Door", priceCents, capacity: 20 }, cookie: newcomer });
      return json.event.id as string;
    };
    const publish = (id: string) => callRoute(routes("/api/owner/events/[id]/status").POST, { method: "POST", params: { id }, body: { action: "publish" }, cookie: newcomer });
    const [paid, free] = [await draft("newcomer-paid", 1_500), await draft("newcomer-free", 0)];
    const refused = await publish(paid);
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toMatch(/^Set up payouts under Get paid before publishing paid tickets/);
    expect((await app.db.event.findUniqueOrThrow({ where: { id: paid } })).status).toBe("draft");
    expect((await publish(free)).json.status).toBe("published");
    await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: "owner-new" });
    expect((await publish(paid)).json.status).toBe("published");
  });

  it("shows an organizer only their own events: every route answers 404 for another organizer's, writing nothing", async () => {
    const event = await publishedEvent();
    const orderId = await buyAndPay(event.id, event.paidType, 1);
    const ticket = await app.db.ticket.findFirstOrThrow({ where: { orderId } });
    const promo = await callRoute(routes("/api/owner/events/[id]/promo-codes").POST, { method: "POST", params: { id: event.id }, body: { code: "ADA", kind: "percent", value: 10 }, cookie: cookies.a });
    const webhookEvent = await app.db.stripeWebhookEvent.findFirst({ where: { payload: { path: ["data", "object", "metadata", "eventId"], equals: event.id } } });
    const before = await countRows(app.db);
    const id = { id: event.id };
    const attempts = [
      callRoute(routes("/api/owner/events/[id]").GET, { params: id, cookie: cookies.b }),
      callRoute(routes("/api/owner/events/[id]").PATCH, { method: "PATCH", params: id, body: { title: "Stolen" }, cookie: cookies.b }),
      callRoute(routes("/api/owner/events/[id]/status").POST, { method: "POST", params: id, body: { action: "cancel" }, cookie: cookies.b }),
      callRoute(routes("/api/owner/events/[id]/ticket-types").POST, { method: "POST", params: id, body: { name: "X", priceCents: 0, capacity: 5 }, cookie: cookies.b }),
      callRoute(routes("/api/owner/ticket-types/[id]").PATCH, { method: "PATCH", params: { id: event.paidType }, body: { priceCents: 1 }, cookie: cookies.b }),
      callRoute(routes("/api/owner/ticket-types/[id]").DELETE, { method: "DELETE", params: { id: event.paidType }, cookie: cookies.b }),
      callRoute(routes("/api/owner/events/[id]/promo-codes").POST, { method: "POST", params: id, body: { code: "BOB", kind: "percent", value: 100 }, cookie: cookies.b }),
      callRoute(routes("/api/owner/promo-codes/[id]").PATCH, { method: "PATCH", params: { id: promo.json.promoCode.id }, body: { active: false }, cookie: cookies.b }),
      callRoute(routes("/api/owner/promo-codes/[id]").DELETE, { method: "DELETE", params: { id: promo.json.promoCode.id }, cookie: cookies.b }),
      callRoute(routes("/api/owner/events/[id]/attendees").GET, { params: id, path: "/?format=csv", cookie: cookies.b }),
      callRoute(routes("/api/owner/events/[id]/check-in").POST, { method: "POST", params: id, body: { code: ticket.code }, cookie: cookies.b }),
      callRoute(routes("/api/owner/events/[id]/sales").GET, { params: id, cookie: cookies.b }),
      callRoute(routes("/api/orders/[id]").GET, { params: { id: orderId }, cookie: cookies.b }),
    ];
    for (const answer of await Promise.all(attempts)) expect(answer.status).toBe(404);
    expect((await callRoute(routes("/api/owner/events").GET, { cookie: cookies.b })).json.events.map((e: { id: string }) => e.id)).not.toContain(event.id);
    expect((await callRoute(routes("/api/owner/webhook-events").GET, { cookie: cookies.b })).json.events).toEqual([]);
    expect((await callRoute(routes("/api/owner/webhook-events/[id]/replay").POST, { method: "POST", params: { id: webhookEvent!.id }, cookie: cookies.b })).status).toBe(404);
    expect(await countRows(app.db)).toEqual(before);
    expect((await app.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).checkedInAt).toBeNull();
  });

  it("checks a ticket in once: a second scan is refused with when, and the attendee list and CSV show it", async () => {
    const event = await publishedEvent();
    const orderId = await buyAndPay(event.id, event.paidType, 2);
    const [first, second] = await app.db.ticket.findMany({ where: { orderId }, orderBy: { code: "asc" } });
    const scans = await Promise.all([0, 1, 2].map(() => callRoute(routes("/api/owner/events/[id]/check-in").POST, { method: "POST", params: { id: event.id }, body: { code: first!.code.toLowerCase() }, cookie: cookies.a })));
    expect(scans.map((scan) => scan.status).sort()).toEqual([200, 409, 409]);
    expect(scans.find((scan) => scan.status === 409)!.json.error.message).toMatch(/^Already checked in \w{3}, \w{3} \d+, \d+:\d\d [AP]M C[SD]T\.$/);
    expect((await callRoute(routes("/api/owner/events/[id]/check-in").POST, { method: "POST", params: { id: event.id }, body: { code: "AAAA-BBBB-CCCC" }, cookie: cookies.a })).status).toBe(404);
    const otherEvent = await publishedEvent("Another Steppers Night");
    const wrongDoor = await callRoute(routes("/api/owner/events/[id]/check-in").POST, { method: "POST", params: { id: otherEvent.id }, body: { code: second!.code }, cookie: cookies.a });
    expect(wrongDoor.status).toBe(409);
    expect(wrongDoor.json.error.message).toBe(`Wrong event: this ticket is for ${eventBody.title}.`);

    const list = await callRoute(routes("/api/owner/events/[id]/attendees").GET, { params: { id: event.id }, cookie: cookies.a });
    expect(list.json.attendees.map((a: { code: string; status: string }) => [a.code, a.status])).toEqual([[first!.code, "checked in"], [second!.code, "not checked in"]]);
    const csv = await routes("/api/owner/events/[id]/attendees").GET(new Request(`http://localhost/api/owner/events/${event.id}/attendees?format=csv`, { headers: { cookie: cookies.a! } }), { params: Promise.resolve({ id: event.id }) });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("code,ticket type,name,email,status,checked in at,order");
    expect(lines[1]).toContain(`${first!.code},General,Cy Customer,cy@example.com,checked in,`);
  });

  it("reports sales per ticket type and revenue per day, and lists and replays its webhook events", async () => {
    const event = await publishedEvent();
    await buyAndPay(event.id, event.paidType, 3);
    await buyAndPay(event.id, event.freeType, 1);
    const { sales } = (await callRoute(routes("/api/owner/events/[id]/sales").GET, { params: { id: event.id }, cookie: cookies.a })).json;
    expect(sales.ticketTypes.map((t: { name: string; sold: number; grossCents: number }) => [t.name, t.sold, t.grossCents])).toEqual([["General", 3, 6000], ["Comp", 1, 0]]);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date());
    expect(sales.days).toEqual([{ day: today, orders: 2, revenueCents: 6000 }]);
    const log = (await callRoute(routes("/api/owner/webhook-events").GET, { cookie: cookies.a })).json.events as { id: string; type: string; outcome: string }[];
    const completed = log.find((entry) => entry.type === "checkout.session.completed")!;
    expect(completed.outcome).toBe("processed");
    const replay = await callRoute(routes("/api/owner/webhook-events/[id]/replay").POST, { method: "POST", params: { id: completed.id }, cookie: cookies.a });
    expect(replay.status).toBe(200);
    expect(await app.db.ticket.count({ where: { eventId: event.id } })).toBe(4);

    // Stripe sending the same event again is answered as a duplicate and counted; the owner's replay is not a delivery.
    const stored = await app.db.stripeWebhookEvent.findUniqueOrThrow({ where: { id: completed.id } });
    await app.stripe.deliver(app.stripeKeys.secretKey, stored.payload as { id: string; type: string });
    const again = (await callRoute(routes("/api/owner/webhook-events").GET, { cookie: cookies.a })).json.events as { id: string; outcome: string; deliveries: number }[];
    expect(again.find((entry) => entry.id === completed.id)).toMatchObject({ outcome: "processed", deliveries: 2 });
    expect(await app.db.ticket.count({ where: { eventId: event.id } })).toBe(4);
  });

  it("cancels an event: refunds paid orders once and emails their buyers, voids tickets, expires open checkouts, stops sales", async () => {
    const event = await publishedEvent("Cancelled Steppers Ball");
    const paidOrder = await buyAndPay(event.id, event.paidType, 2);
    const freeOrder = await buyAndPay(event.id, event.freeType, 1);
    const held = await callRoute(routes("/api/orders").POST, { method: "POST", body: { eventId: event.id, lines: [{ ticketTypeId: event.paidType, quantity: 4 }] }, cookie: cookies.customer });
    expect((await app.db.ticketType.findUniqueOrThrow({ where: { id: event.paidType } })).held).toBe(4);
    const cancelled = await callRoute(routes("/api/owner/events/[id]/status").POST, { method: "POST", params: { id: event.id }, body: { action: "cancel" }, cookie: cookies.a });
    expect(cancelled.json).toEqual({ status: "cancelled", refunded: 1, released: 1, failed: 0 });
    expect(await app.db.order.findUniqueOrThrow({ where: { id: paidOrder } })).toMatchObject({ status: "refunded", refundId: expect.stringMatching(/^re_/) });
    expect((await app.db.order.findUniqueOrThrow({ where: { id: freeOrder } })).status).toBe("cancelled");
    expect((await app.db.order.findUniqueOrThrow({ where: { id: held.json.order.id } })).status).toBe("cancelled");
    // The buyer still on the payment page can no longer pay: the session was expired at Stripe, the seats are free.
    const late = await app.db.order.findUniqueOrThrow({ where: { id: held.json.order.id } });
    await expect(app.stripe.completeCheckout(late.checkoutSessionId!)).rejects.toThrow(/expired/);
    expect(await app.db.ticket.count({ where: { orderId: late.id } })).toBe(0);
    expect(await app.db.ticket.count({ where: { eventId: event.id, voidedAt: null } })).toBe(0);
    expect((await app.db.ticketType.findUniqueOrThrow({ where: { id: event.paidType } })).held).toBe(0);
    const again = await callRoute(routes("/api/owner/events/[id]/status").POST, { method: "POST", params: { id: event.id }, body: { action: "cancel" }, cookie: cookies.a });
    expect(again.json).toEqual({ status: "cancelled", refunded: 0, released: 0, failed: 0 });
    expect((await callRoute(routes("/api/orders").POST, { method: "POST", body: { eventId: event.id, lines: [{ ticketTypeId: event.freeType, quantity: 1 }] }, cookie: cookies.customer })).status).toBe(409);
    expect((await callRoute(routes("/api/owner/events/[id]/status").POST, { method: "POST", params: { id: event.id }, body: { action: "publish" }, cookie: cookies.a })).status).toBe(409);
    // One email, for the one refunded order, even though the event was cancelled twice (sent by the job worker).
    await vi.waitFor(async () => expect(await refundEmails("Cancelled Steppers Ball")).toHaveLength(1), { timeout: 10_000 });
    const mails = await refundEmails("Cancelled Steppers Ball");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("$40.00");
    expect(mails[0]!.text).toContain(`/orders/${paidOrder}`);
  });

  it("refunds a payment that gets through after the cancel (Stripe could not expire its checkout), emailing its buyer once", async () => {
    const event = await publishedEvent("Late Payment Social");
    const held = await callRoute(routes("/api/orders").POST, { method: "POST", body: { eventId: event.id, lines: [{ ticketTypeId: event.paidType, quantity: 1 }] }, cookie: cookies.customer });
    const [{ refunder }, { checkout }] = await Promise.all([import("@/vertical"), import("@/server/payments/checkout")]);
    const unreachable = async () => {
      throw new Error("Stripe is unreachable");
    };
    const result = await cancelEvent({ db: app.db, organizerId: "owner-a", eventId: event.id, refund: refunder(), expireCheckout: unreachable });
    expect(result).toEqual({ refunded: 0, released: 1, failed: 0 });
    expect((await app.db.ticketType.findUniqueOrThrow({ where: { id: event.paidType } })).held).toBe(0);
    const late = await app.db.order.findUniqueOrThrow({ where: { id: held.json.order.id } });
    await app.stripe.completeCheckout(late.checkoutSessionId!);
    await vi.waitFor(async () => expect(await app.db.order.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ status: "refunded", refundId: expect.stringMatching(/^re_/) }), { timeout: 10_000 });
    const { refundId } = await app.db.order.findUniqueOrThrow({ where: { id: late.id } });
    expect(await app.db.ticket.count({ where: { orderId: late.id } })).toBe(0);
    await vi.waitFor(async () => expect(await refundEmails("Late Payment Social")).toHaveLength(1), { timeout: 10_000 });
    // Stripe delivering the payment again, or the buyer landing on the success page, neither refunds nor emails twice.
    const completed = await app.db.stripeWebhookEvent.findFirstOrThrow({ where: { type: "checkout.session.completed", payload: { path: ["data", "object", "id"], equals: late.checkoutSessionId! } } });
    await app.stripe.deliver(app.stripeKeys.secretKey, completed.payload as { id: string; type: string });
    await checkout.confirmCheckout({ orderId: late.id, sessionId: late.checkoutSessionId! });
    expect(await refundEmails("Late Payment Social")).toHaveLength(1);
    expect((await app.db.order.findUniqueOrThrow({ where: { id: late.id } })).refundId).toBe(refundId);
  });

  it("edits a ticket type, changing only what was sent, and never lets a capacity go below what was sold or held", async () => {
    const event = await publishedEvent();
    await buyAndPay(event.id, event.freeType, 3);
    const edit = (body: Record<string, unknown>) => callRoute(routes("/api/owner/ticket-types/[id]").PATCH, { method: "PATCH", params: { id: event.freeType }, body, cookie: cookies.a });
    expect((await edit({ perOrderLimit: 4, description: "Door list" })).status).toBe(200);
    expect((await edit({ name: "Guest list", priceCents: 500, capacity: 8 })).json.ticketType).toMatchObject({ name: "Guest list", priceCents: 500, capacity: 8, perOrderLimit: 4, description: "Door list" });
    await callRoute(routes("/api/owner/ticket-types/[id]").PATCH, { method: "PATCH", params: { id: event.freeType }, body: { priceCents: 0 }, cookie: cookies.a });
    await callRoute(routes("/api/orders").POST, { method: "POST", body: { eventId: event.id, lines: [{ ticketTypeId: event.paidType, quantity: 2 }] }, cookie: cookies.customer });
    expect((await callRoute(routes("/api/owner/ticket-types/[id]").PATCH, { method: "PATCH", params: { id: event.paidType }, body: { capacity: 1 }, cookie: cookies.a })).status).toBe(409);
    for (const body of [{ capacity: 0 }, { perOrderLimit: 51 }, { name: "" }, { sold: 0 }]) expect((await edit(body)).status).toBe(422);
    expect((await edit({ capacity: 2 })).status).toBe(409);
    expect((await edit({ capacity: 3 })).status).toBe(200);
    expect((await callRoute(routes("/api/owner/ticket-types/[id]").DELETE, { method: "DELETE", params: { id: event.freeType }, cookie: cookies.a })).status).toBe(409);
  });

  it("edits a promo code's limits and validity, and switches it off and on; never below the uses taken", async () => {
    const event = await publishedEvent();
    const created = await callRoute(routes("/api/owner/events/[id]/promo-codes").POST, { method: "POST", params: { id: event.id }, body: { code: "HALF", kind: "percent", value: 50, maxUses: 5 }, cookie: cookies.a });
    const id = created.json.promoCode.id as string;
    const edit = (body: Record<string, unknown>) => callRoute(routes("/api/owner/promo-codes/[id]").PATCH, { method: "PATCH", params: { id }, body, cookie: cookies.a });
    const buy = () => callRoute(routes("/api/orders").POST, { method: "POST", body: { eventId: event.id, lines: [{ ticketTypeId: event.freeType, quantity: 1 }], promoCode: "half" }, cookie: cookies.customer });
    expect((await buy()).status).toBe(201);
    expect((await buy()).status).toBe(201);

    expect((await edit({ maxUses: 1 })).status).toBe(409);
    expect((await edit({ maxUses: 2 })).json.promoCode).toMatchObject({ maxUses: 2, uses: 2, active: true });
    expect((await buy()).json.error.fields).toEqual([{ path: "body.promoCode", message: "That promo code has been used up." }]);
    expect((await edit({ maxUses: null })).json.promoCode.maxUses).toBeNull();

    const until = new Date(Date.now() + 86_400_000).toISOString();
    expect((await edit({ validFrom: new Date(Date.now() + 2 * 86_400_000).toISOString(), validUntil: until })).status).toBe(422);
    expect(new Date((await edit({ validUntil: until })).json.promoCode.validUntil).toISOString()).toBe(until);

    expect((await edit({ active: false })).json.promoCode.active).toBe(false);
    expect((await buy()).json.error.fields).toEqual([{ path: "body.promoCode", message: "That promo code is no longer active." }]);
    expect((await edit({ active: true })).status).toBe(200);
    expect((await buy()).status).toBe(201);

    for (const body of [{}, { code: "OTHER" }, { value: 90 }, { maxUses: 0 }, { validUntil: "tomorrow" }, { active: "no" }]) expect((await edit(body)).status).toBe(422);
    expect((await callRoute(routes("/api/owner/promo-codes/[id]").PATCH, { method: "PATCH", params: { id: "7b0e6c1a-3f43-4c1e-9d0b-5b8a4c7f2e10" }, body: { active: false }, cookie: cookies.a })).status).toBe(404);
    expect((await callRoute(routes("/api/owner/promo-codes/[id]").PATCH, { method: "PATCH", params: { id }, body: { active: false }, cookie: cookies.customer })).status).toBe(403);
  });
});
