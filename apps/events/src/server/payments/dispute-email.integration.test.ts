import { setTimeout as sleep } from "node:timers/promises";
import { createPayments, replayWebhookEvent } from "@stepperslife/payments";
import { connectBusiness } from "@stepperslife/payments/testing";
import { readEmailJobs, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestEvent } from "@/testing/create-test-event";

// A buyer's bank disputing a ticket payment, through the real SDK, the Stripe stand-in, the app's webhook route and
// its job worker: the organizer is emailed once, however the dispute's events arrive.
const organizer = { id: "organizer-a", email: "ada.organizer@example.com" };

let app: VerticalTestApp<PrismaClient>;
let buy: (request: Request) => Promise<Response>;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "events" });
  // The organizer sets up payouts themselves: the account keeps their email.
  await connectBusiness({ db: app.db, stub: app.stripe, secretKey: app.stripeKeys.secretKey, businessId: organizer.id, owner: organizer });
  ({ POST: buy } = await import("@/app/api/orders/route"));
});
afterAll(() => app?.close());

/** Two $25.00 tickets to a fresh event of the organizer's, paid at the stand-in. */
async function paidTicketOrder() {
  const event = await createTestEvent(app.db, { organizerId: organizer.id, ticketTypes: [{ priceCents: 2500, capacity: 10 }] });
  await app.db.event.update({ where: { id: event.id }, data: { organizerName: "Ada's Socials" } });
  const buyer = { id: "buyer-dispute", name: null, email: "buyer@example.com", image: null, roles: [] };
  const body = JSON.stringify({ eventId: event.id, lines: [{ ticketTypeId: event.ticketTypes[0]!.id, quantity: 2 }] });
  const placed = await buy(new Request("http://localhost/api/orders", { method: "POST", headers: { cookie: await app.cookieFor(buyer), "content-type": "application/json" }, body }));
  expect(placed.status).toBe(201);
  const { order } = (await placed.json()) as { order: { id: string } };
  const { checkoutSessionId } = await app.db.order.findUniqueOrThrow({ where: { id: order.id } });
  await app.stripe.completeCheckout(checkoutSessionId!);
  await vi.waitFor(async () => expect((await app.db.businessPayment.findFirst({ where: { orderId: order.id } }))?.chargeId).toBeTruthy(), { timeout: 10_000 });
  return { event, order: await app.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { tickets: true } }) };
}

describe("a disputed ticket payment", () => {
  it("emails the organizer once, with the amount and the order's tickets, and marks the payment disputed", async () => {
    const { event, order } = await paidTicketOrder();
    expect(order).toMatchObject({ status: "paid", totalCents: 5000 });
    const payments = createPayments({ STRIPE_SECRET_KEY: app.stripeKeys.secretKey, STRIPE_PUBLISHABLE_KEY: "pk_test_x", STRIPE_WEBHOOK_SECRET: app.stripeKeys.webhookSecret, STRIPE_API_URL: app.stripe.url })!;
    const chargeId = (await payments.stripe.paymentIntents.retrieve(order.paymentIntentId!)).latest_charge as string;

    // The bank opens the dispute while the app is briefly unreachable and SMTP is down; then Stripe's redelivery
    // arrives twice at once, with the same dispute under another event, and the organizer's log replays it.
    await app.setMailServerUp(false);
    app.acceptWebhooks(false);
    const dispute = await app.stripe.openDispute(chargeId);
    const created = { id: app.stripe.deliveries().at(-1)!.eventId, type: "charge.dispute.created", data: { object: dispute } };
    expect(app.stripe.deliveries().at(-1)).toMatchObject({ type: "charge.dispute.created", status: 503 });
    app.acceptWebhooks(true);
    const deliveries = await Promise.all([
      app.stripe.deliver(app.stripeKeys.secretKey, created),
      app.stripe.deliver(app.stripeKeys.secretKey, created),
      app.stripe.deliver(app.stripeKeys.secretKey, { ...created, id: `${created.id}x`, type: "charge.dispute.updated" }),
    ]);
    expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200]);
    const { checkout } = await import("./checkout");
    const { webhookStore } = await import("@/vertical");
    const replay = () => replayWebhookEvent({ store: webhookStore(), handlers: checkout.webhookHandlers(), eventId: created.id });
    expect(await replay()).toBe("processed");

    expect(await readEmailJobs(app.url, `dispute:${dispute.id}:${organizer.id}`)).toHaveLength(1);
    const payment = await app.db.businessPayment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ chargeId, businessId: organizer.id, disputeStatus: "needs_response", disputeReason: "fraudulent", disputedCents: 5000 });
    expect(payment.disputedAt).toBeInstanceOf(Date);

    await app.setMailServerUp(true);
    await vi.waitFor(async () => expect(await readEmailJobs(app.url, `dispute:${dispute.id}:${organizer.id}`)).toEqual([]), { timeout: 20_000 });
    const disputeEmails = async () => (await app.inbox(organizer.email)).filter((mail) => mail.subject === "A payment to Ada's Socials was disputed");
    const [email, ...others] = await disputeEmails();
    expect(others).toEqual([]);
    const codes = order.tickets.map((ticket) => ticket.code).sort();
    expect(email!.text).toContain(`disputed $50.00 paid to Ada's Socials for 2 tickets to ${event.title} (${codes.join(", ")})`);
    expect(email!.text).toContain("the cardholder says they did not make or allow this payment");
    const { appBaseUrl } = await import("@/vertical");
    expect(email!.text).toContain(`${appBaseUrl()}/dashboard/payouts`);
    expect(await app.inbox("buyer@example.com")).not.toContainEqual(expect.objectContaining({ subject: email!.subject }));

    // Once the email has gone (its job, and so its key, gone too), a replay and the bank's decision send no second one.
    expect(await replay()).toBe("processed");
    await app.stripe.closeDispute(dispute.id, "won");
    await vi.waitFor(async () => expect((await app.db.businessPayment.findFirstOrThrow({ where: { orderId: order.id } })).disputeStatus).toBe("won"));
    await sleep(1_000);
    expect(await readEmailJobs(app.url, `dispute:${dispute.id}:${organizer.id}`)).toEqual([]);
    expect(await disputeEmails()).toHaveLength(1);
  });
});
