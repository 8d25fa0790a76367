import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AppError } from "@stepperslife/http";
import type Stripe from "stripe";
import { startStripeStub, type StripeStub } from "@stepperslife/stripe-stub";
import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPayments, type Payments } from "../create-payments";
import { createWebhookEventStore } from "../create-webhook-event-store";
import { handleStripeWebhook } from "../handle-stripe-webhook";
import { createPgRawSqlClient } from "../testing/create-pg-raw-sql-client";
import { ordersTableSql, testingOrdersDomain } from "../testing/testing-orders-domain";
import { connectBusiness } from "../testing/connect-business";
import { businessPaymentsTableSql } from "../testing/business-payments-table-sql";
import { connectedAccountsTableSql } from "../testing/connected-accounts-table-sql";
import { webhookEventsTableSql } from "../testing/webhook-events-table-sql";
import { createCheckoutFlow, type CheckoutFlow } from "./create-checkout-flow";
import { refundPayment } from "../refund-payment";
import { latePaymentRefundKey } from "./late-payment-refund-key";

const keys = { STRIPE_SECRET_KEY: "sk_test_flow_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_flow_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_flow_0123456789" };

const fees = () => ({ percent: 10, fixedCents: 0 });
const silentAccount = { secretKey: "sk_test_flow_silent_0123456789", webhookSecret: "whsec_flow_silent_0123456789" };

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;
let stub: StripeStub;
let receiver: Server;
let payments: Payments;
let flow: CheckoutFlow;

beforeAll(async () => {
  database = await createTestDatabase("payments_checkout_flow");
  db = createPgRawSqlClient(database.url);
  await db.$queryRaw([webhookEventsTableSql] as unknown as TemplateStringsArray);
  await db.$queryRaw([ordersTableSql] as unknown as TemplateStringsArray);
  await db.$queryRaw([connectedAccountsTableSql] as unknown as TemplateStringsArray);
  await db.$queryRaw([businessPaymentsTableSql] as unknown as TemplateStringsArray);
  const store = createWebhookEventStore(db);
  // The app's webhook route: the real handler, with the flow's handlers.
  receiver = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = new Request("http://127.0.0.1/api/stripe/webhook", { method: "POST", headers: incoming.headers as Record<string, string>, body: Buffer.concat(chunks) });
    const response = await handleStripeWebhook({ payments, store, handlers: flow.webhookHandlers(), request });
    outgoing.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/stripe/webhook`;
  stub = await startStripeStub({ accounts: [{ secretKey: keys.STRIPE_SECRET_KEY, webhookSecret: keys.STRIPE_WEBHOOK_SECRET, webhookUrl }], retryDelaysMs: [] });
  payments = createPayments({ ...keys, STRIPE_API_URL: stub.url })!;
  flow = createCheckoutFlow({ domain: testingOrdersDomain(), db: () => db, payments: () => payments, store: () => store, appUrl: () => "https://shop.stepperslife.test", fees });
  // The shops the tests order from can take card payments: each has finished onboarding at the stand-in.
  for (const shop of ["shop-a", "shop-b"]) await connectBusiness({ db, stub, secretKey: keys.STRIPE_SECRET_KEY, businessId: shop });
});

afterAll(async () => {
  await stub?.close();
  await new Promise((resolve) => receiver?.close(resolve));
  await db?.end();
  await database?.drop();
});

async function placeOrder({ ownerId = "owner-a", scopeId = "shop-a" } = {}) {
  const id = randomUUID();
  await db.$queryRaw`INSERT INTO orders (id, scope_id, owner_id, total_cents, status) VALUES (${id}, ${scopeId}, ${ownerId}, 1500, 'awaiting_payment')`;
  return id;
}

const chargeOf = async (sessionId: string) => {
  const session = await payments.stripe.checkout.sessions.retrieve(sessionId);
  const intent = await payments.stripe.paymentIntents.retrieve(session.payment_intent as string, { expand: ["latest_charge"] });
  return intent.latest_charge as Stripe.Charge;
};

const orderRow = async (id: string) =>
  (await db.$queryRaw<Array<{ status: string; checkout_session_id: string; refund_id: string | null; refunds_recorded: number }>>`
    SELECT status, checkout_session_id, refund_id, refunds_recorded FROM orders WHERE id = ${id}`)[0]!;

describe("createCheckoutFlow", () => {
  it("opens checkout with the order and scope on the session, and the paid webhook marks the order paid", async () => {
    const orderId = await placeOrder();
    const { url } = await flow.startCheckout(orderId);
    expect(url).toContain(stub.url);
    const { checkout_session_id: sessionId } = await orderRow(orderId);
    const session = await payments.stripe.checkout.sessions.retrieve(sessionId);
    expect(session.metadata).toEqual({ orderId, shopId: "shop-a" });
    expect(session.success_url).toBe(`https://shop.stepperslife.test/orders/${orderId}?session_id={CHECKOUT_SESSION_ID}`);
    await stub.completeCheckout(sessionId);
    expect((await orderRow(orderId)).status).toBe("paid");
    // The success page arriving after the webhook changes nothing.
    await flow.confirmCheckout({ orderId, sessionId });
    expect((await orderRow(orderId)).status).toBe("paid");
  });

  it("pays the business: a destination charge to its own account, the platform keeping its fee", async () => {
    const orderId = await placeOrder();
    await flow.startCheckout(orderId);
    const { checkout_session_id: sessionId } = await orderRow(orderId);
    await stub.completeCheckout(sessionId);
    const charge = await chargeOf(sessionId);
    const shopAccount = (await db.$queryRaw<Array<{ id: string }>>`SELECT id FROM connected_accounts WHERE business_id = 'shop-a'`)[0]!.id;
    expect(charge.transfer_data?.destination).toBe(shopAccount);
    expect(charge.application_fee_amount).toBe(150);
    const transfer = await payments.stripe.transfers.retrieve(charge.transfer as string);
    // Stripe moves the whole charge to the business and takes the application fee back: the business keeps 1350.
    expect(transfer.destination).toBe(shopAccount);
    expect(transfer.amount - (charge.application_fee_amount ?? 0)).toBe(1_350);
  });

  it("refuses a card payment for a business that cannot take one, cancelling its order", async () => {
    expect(await flow.canTakeCardPayments("shop-a")).toBe(true);
    expect(await flow.canTakeCardPayments("shop-unpaid")).toBe(false);
    const orderId = await placeOrder({ scopeId: "shop-unpaid" });
    await expect(flow.startCheckout(orderId)).rejects.toMatchObject({ status: 409, userMessage: "This shop does not take card payments yet." });
    expect((await orderRow(orderId)).status).toBe("cancelled");
    expect((await orderRow(orderId)).checkout_session_id).toBeNull();
  });

  it("refunds once under simultaneous requests, reversing the business's share and the platform fee in proportion", async () => {
    const orderId = await placeOrder();
    await flow.startCheckout(orderId);
    const { checkout_session_id: sessionId } = await orderRow(orderId);
    await stub.completeCheckout(sessionId);
    const paymentIntentId = (await payments.stripe.checkout.sessions.retrieve(sessionId)).payment_intent as string;
    const refund = (amountCents: number, key: string) => refundPayment(payments, { paymentIntentId, idempotencyKey: key, amountCents });
    const first = await Promise.allSettled(Array.from({ length: 4 }, () => refund(500, `refund-${orderId}-1`)));
    expect(new Set(first.flatMap((result) => (result.status === "fulfilled" ? [result.value.id] : []))).size).toBe(1);
    let charge = await chargeOf(sessionId);
    expect(charge.amount_refunded).toBe(500);
    const fee = await payments.stripe.applicationFees.retrieve(charge.application_fee as string);
    expect(fee.amount_refunded).toBe(50);
    expect((await payments.stripe.transfers.retrieve(charge.transfer as string)).amount_reversed).toBe(500);

    await refund(1_000, `refund-${orderId}-2`);
    charge = await chargeOf(sessionId);
    expect(charge.amount_refunded).toBe(1_500);
    expect((await payments.stripe.applicationFees.retrieve(charge.application_fee as string)).amount_refunded).toBe(150);
    await expect(refund(1, `refund-${orderId}-3`)).rejects.toBeTruthy();
  });

  it("confirms the session an order page's query carries before any webhook, and passes over a missing or junk one", async () => {
    // A Stripe account whose webhooks never arrive: only the success page can tell the app the order is paid.
    const silent = await startStripeStub({ accounts: [{ ...silentAccount, webhookUrl: "http://127.0.0.1:9/" }], retryDelaysMs: [] });
    try {
      const silentPayments = createPayments({ ...keys, STRIPE_SECRET_KEY: silentAccount.secretKey, STRIPE_API_URL: silent.url })!;
      const returning = createCheckoutFlow({
        domain: testingOrdersDomain(),
        db: () => db,
        payments: () => silentPayments,
        store: () => createWebhookEventStore(db),
        appUrl: () => "https://shop.stepperslife.test",
        fees,
      });
      await connectBusiness({ db, stub: silent, secretKey: silentAccount.secretKey, businessId: "shop-silent" });
      const orderId = await placeOrder({ scopeId: "shop-silent" });
      await returning.startCheckout(orderId);
      const { checkout_session_id: sessionId } = await orderRow(orderId);
      await silent.completeCheckout(sessionId);
      for (const searchParams of [{}, { session_id: [sessionId, sessionId] }, { session_id: "<script>" }, { session_id: "cs_test_unknown" }]) {
        await expect(returning.confirmReturningCheckout({ orderId, searchParams })).resolves.toBeUndefined();
        expect((await orderRow(orderId)).status).toBe("awaiting_payment");
      }
      await returning.confirmReturningCheckout({ orderId, searchParams: { session_id: sessionId, checkout: "success" } });
      expect((await orderRow(orderId)).status).toBe("paid");
    } finally {
      await silent.close();
    }
  });

  it("refunds a payment for an order that can no longer be honoured once, under one key, whatever races", async () => {
    const orderId = await placeOrder();
    await flow.startCheckout(orderId);
    const { checkout_session_id: sessionId } = await orderRow(orderId);
    await db.$queryRaw`UPDATE orders SET status = 'cancelled' WHERE id = ${orderId}`;
    await stub.completeCheckout(sessionId);
    const [completed] = await db.$queryRaw<Array<{ id: string; payload: { id: string; type: string } }>>`
      SELECT id, payload FROM stripe_webhook_events WHERE type = 'checkout.session.completed' AND payload #>> '{data,object,id}' = ${sessionId}`;
    // Redeliveries, replays and the success page at the same moment: Stripe's idempotency key keeps it one refund.
    await Promise.all([
      ...Array.from({ length: 4 }, () => stub.deliver(keys.STRIPE_SECRET_KEY, completed!.payload)),
      flow.confirmCheckout({ orderId, sessionId }),
      flow.replayOwnerWebhookEvent({ ownerId: "owner-a", eventId: completed!.id }),
    ]);
    const order = await orderRow(orderId);
    expect(order.refund_id).toMatch(/^re_/);
    expect(order.refunds_recorded).toBe(1);
    const intent = await payments.stripe.paymentIntents.retrieve((await payments.stripe.checkout.sessions.retrieve(sessionId)).payment_intent as string, { expand: ["latest_charge"] });
    const charge = intent.latest_charge as { amount: number; amount_refunded: number };
    expect(charge.amount_refunded).toBe(charge.amount);
    const refundEvents = await db.$queryRaw<Array<{ count: bigint }>>`
      SELECT count(*) FROM stripe_webhook_events WHERE type = 'charge.refunded' AND payload #>> '{data,object,payment_intent}' = ${intent.id}`;
    expect(Number(refundEvents[0]!.count)).toBe(1);
    expect((await db.$queryRaw<Array<{ outcome: string }>>`SELECT outcome FROM stripe_webhook_events WHERE id = ${completed!.id}`)[0]!.outcome).toBe("processed");
    expect(latePaymentRefundKey(sessionId)).toBe(`late-payment-${sessionId}`);
  });

  it("cancels the order of an expired session, and an unreachable Stripe cancels the order with a 502", async () => {
    const expiring = await placeOrder();
    await flow.startCheckout(expiring);
    await payments.stripe.checkout.sessions.expire((await orderRow(expiring)).checkout_session_id);
    await expect.poll(async () => (await orderRow(expiring)).status).toBe("cancelled");

    const offline = createCheckoutFlow({
      domain: testingOrdersDomain(),
      db: () => db,
      payments: () => createPayments({ ...keys, STRIPE_API_URL: "http://127.0.0.1:9" }),
      store: () => createWebhookEventStore(db),
      appUrl: () => "https://shop.stepperslife.test",
      fees,
    });
    const orderId = await placeOrder();
    const failure = await offline.startCheckout(orderId).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).status).toBe(502);
    expect((await orderRow(orderId)).status).toBe("cancelled");
  });

  it("shows an owner only the payment events of their own businesses, and replays only those", async () => {
    const theirs = await placeOrder({ ownerId: "owner-b", scopeId: "shop-b" });
    await flow.startCheckout(theirs);
    await stub.completeCheckout((await orderRow(theirs)).checkout_session_id);
    const ownEvents = await flow.listOwnerWebhookEvents({ ownerId: "owner-a" });
    const otherEvents = await flow.listOwnerWebhookEvents({ ownerId: "owner-b" });
    expect(ownEvents.length).toBeGreaterThan(0);
    expect(otherEvents.map((event) => event.orderId)).toContain(theirs);
    expect(ownEvents.map((event) => event.orderId)).not.toContain(theirs);
    const foreign = otherEvents.find((event) => event.orderId === theirs)!;
    await expect(flow.replayOwnerWebhookEvent({ ownerId: "owner-a", eventId: foreign.id })).rejects.toMatchObject({ status: 404 });
    expect(await flow.replayOwnerWebhookEvent({ ownerId: "owner-b", eventId: foreign.id })).toBe("processed");
    expect(await flow.listOwnerWebhookEvents({ ownerId: "nobody" })).toEqual([]);
  });
});
