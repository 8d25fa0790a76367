import { connectBusiness } from "@stepperslife/payments/testing";
import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestEvent } from "@/testing/create-test-event";

const { callRoute, customer, ownerA, ownerB } = routeClientFor("events");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
const cookies = { organizer: "", other: "", buyer: "" };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  // The organizer (the business here) has set up payouts, so their paid tickets are on sale.
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: ownerA.id });
  routes = await app.importRoutes();
  cookies.organizer = await app.cookieFor(ownerA);
  cookies.other = await app.cookieFor(ownerB);
  cookies.buyer = await app.cookieFor(customer);
});
afterAll(() => app?.close());

const exportCsv = (cookie: string, businessId = ownerA.id) =>
  callRoute(routes("/api/owner/payouts/export").GET, { path: `/api/owner/payouts/export?businessId=${encodeURIComponent(businessId)}`, cookie });

describe("an organizer's payouts export", () => {
  it("has each paid ticket order, on the venue's day, with the fee and what the organizer keeps; for them alone", async () => {
    const event = await createTestEvent(app.db, { organizerId: ownerA.id, ticketTypes: [{ priceCents: 2500, capacity: 10 }] });
    const placed = await callRoute(routes("/api/orders").POST, {
      method: "POST",
      body: { eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] },
      cookie: cookies.buyer,
    });
    expect(placed.status).toBe(201);
    const orderId: string = placed.json.order.id;
    const { checkoutSessionId } = await app.db.order.findUniqueOrThrow({ where: { id: orderId } });
    await app.stripe.completeCheckout(checkoutSessionId!);
    await vi.waitFor(async () => expect(await app.db.businessPayment.count({ where: { orderId } })).toBe(1), { timeout: 10_000 });

    const answer = await exportCsv(cookies.organizer);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(answer.headers.get("content-disposition")).toMatch(/^attachment; filename="payouts-/);
    const payment = await app.db.businessPayment.findFirstOrThrow({ where: { orderId } });
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: event.timeZone }).format(payment.paidAt);
    // $50.00 of tickets; the default 5% fee is $2.50; the organizer keeps $47.50.
    expect(String(answer.json).split("\r\n")).toEqual([
      "Date,Order,Gross,Fee,Refunds,Net,Dispute",
      `${day},Order ${orderId.slice(0, 6).toUpperCase()},50.00,2.50,0.00,47.50,`,
      "",
    ]);

    expect((await exportCsv(cookies.other)).status).toBe(404);
    expect((await exportCsv(cookies.organizer, ownerB.id)).status).toBe(404);
    expect((await exportCsv(cookies.buyer)).status).toBe(403);
    expect((await callRoute(routes("/api/owner/payouts/export").GET, { path: "/api/owner/payouts/export", cookie: cookies.organizer })).status).toBe(422);
  });
});
