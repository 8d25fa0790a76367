import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startStripeStub, type StripeStub } from "@stepperslife/stripe-stub";
import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCheckoutSession } from "./create-checkout-session";
import { createPayments, type Payments } from "./create-payments";
import { createWebhookEventStore, type WebhookEventStore } from "./create-webhook-event-store";
import { handleStripeWebhook } from "./handle-stripe-webhook";
import { refundPayment } from "./refund-payment";
import { retrieveCheckoutSession } from "./retrieve-checkout-session";
import type { WebhookHandlers } from "./run-webhook-handler";
import { createPgRawSqlClient } from "./testing/create-pg-raw-sql-client";
import { webhookEventsTableSql } from "./testing/webhook-events-table-sql";
import { type CheckoutSummary, toCheckoutSummary } from "./to-checkout-summary";

const keys = { STRIPE_SECRET_KEY: "sk_test_flow_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_flow_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_flow_0123456789" };

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;
let store: WebhookEventStore;
let stub: StripeStub;
let app: Server;
let payments: Payments;
const paid: CheckoutSummary[] = [];
const refunded: number[] = [];

const handlers: WebhookHandlers = {
  "checkout.session.completed": async (event) => {
    paid.push(toCheckoutSummary(event.data.object as Stripe.Checkout.Session));
    return "processed";
  },
  "charge.refunded": async (event) => {
    refunded.push((event.data.object as Stripe.Charge).amount_refunded);
    return "processed";
  },
};

// The app's webhook route, served over real HTTP so the stub delivers to it as Stripe would.
beforeAll(async () => {
  database = await createTestDatabase("payments_flow");
  db = createPgRawSqlClient(database.url);
  await db.$queryRaw([webhookEventsTableSql] as unknown as TemplateStringsArray);
  store = createWebhookEventStore(db);
  app = createServer(async (incoming, outgoing) => {
    let body = "";
    for await (const chunk of incoming) body += (chunk as Buffer).toString("utf8");
    const request = new Request(`http://127.0.0.1${incoming.url}`, { method: "POST", body, headers: incoming.headers as Record<string, string> });
    const response = await handleStripeWebhook({ payments, store, handlers, request });
    outgoing.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/stripe/webhook`;
  stub = await startStripeStub({ accounts: [{ secretKey: keys.STRIPE_SECRET_KEY, webhookSecret: keys.STRIPE_WEBHOOK_SECRET, webhookUrl }] });
  payments = createPayments({ ...keys, STRIPE_API_URL: stub.url })!;
});

afterAll(async () => {
  await stub.close();
  await new Promise((resolve) => app.close(resolve));
  await db.end();
  await database.drop();
});

const order = (orderId: string) => ({
  lineItems: [
    { name: "Catfish dinner", unitAmountCents: 1450, quantity: 2 },
    { name: "Peach cobbler", unitAmountCents: 600, quantity: 1 },
  ],
  currency: "usd",
  successUrl: `https://restaurants.stepperslife.com/orders/${orderId}?session_id={CHECKOUT_SESSION_ID}`,
  cancelUrl: `https://restaurants.stepperslife.com/orders/${orderId}`,
  customerEmail: "ada@example.com",
  clientReferenceId: orderId,
  metadata: { orderId },
  idempotencyKey: `checkout-${orderId}`,
});

describe("checkout against the local Stripe stand-in", () => {
  it("creates a session that expires in 30 minutes or a little more, and retrieves it as a summary", async () => {
    const before = Date.now();
    const session = await createCheckoutSession(payments, order("o-1"));
    expect(session.url).toBe(`${stub.url}/pay/${session.id}`);
    const lifetimeMinutes = (session.expiresAt.getTime() - before) / 60_000;
    expect(lifetimeMinutes).toBeGreaterThanOrEqual(30);
    expect(lifetimeMinutes).toBeLessThanOrEqual(35);
    expect(await retrieveCheckoutSession(payments, session.id)).toEqual({
      id: session.id,
      status: "open",
      paymentStatus: "unpaid",
      paymentIntentId: null,
      amountTotalCents: 3500,
      currency: "usd",
      clientReferenceId: "o-1",
      metadata: { orderId: "o-1" },
      shippingAddress: null,
    });
  });

  it("asks for a shipping address when told to, and gives back the one the buyer typed once paid", async () => {
    const session = await createCheckoutSession(payments, { ...order("o-ship"), shippingCountries: ["US", "CA"] });
    const address = { line1: "4200 S Cottage Grove Ave", line2: "Apt 2", city: "Chicago", state: "IL", postal_code: "60653", country: "US" };
    await stub.completeCheckout(session.id, { shippingAddress: { name: "Ada Lovelace", address } });
    expect((await retrieveCheckoutSession(payments, session.id)).shippingAddress).toEqual({
      name: "Ada Lovelace",
      line1: "4200 S Cottage Grove Ave",
      line2: "Apt 2",
      city: "Chicago",
      state: "IL",
      postalCode: "60653",
      country: "US",
    });
    // Stripe refuses a country the session does not ship to, and a code that is no country at all.
    const other = await createCheckoutSession(payments, { ...order("o-ship-2"), shippingCountries: ["US"] });
    await expect(stub.completeCheckout(other.id, { shippingAddress: { name: "Ada", address: { ...address, country: "FR" } } })).rejects.toThrow();
    await expect(createCheckoutSession(payments, { ...order("o-ship-3"), shippingCountries: ["QQ"] })).rejects.toThrow(/shipping_address_collection/);
  });

  it("returns the same session for a retry with the same idempotency key", async () => {
    const first = await createCheckoutSession(payments, order("o-2"));
    const again = await createCheckoutSession(payments, order("o-2"));
    expect(again.id).toBe(first.id);
    await expect(createCheckoutSession(payments, { ...order("o-2"), metadata: { orderId: "changed" } })).rejects.toMatchObject({ code: "conflict", status: 409 });
  });

  it("refuses an expiry shorter than Stripe allows", async () => {
    await expect(createCheckoutSession(payments, { ...order("o-3"), expiresInMinutes: 10 })).rejects.toThrow(RangeError);
  });

  it("maps an unknown session to not_found", async () => {
    await expect(retrieveCheckoutSession(payments, "cs_test_missing")).rejects.toMatchObject({ code: "not_found" });
  });

  it("pays through the hosted page, delivers a verified webhook into the event log, then refunds", async () => {
    const session = await createCheckoutSession(payments, order("o-4"));
    const pay = await fetch(session.url, { method: "POST", redirect: "manual" });
    expect(pay.headers.get("location")).toBe(`https://restaurants.stepperslife.com/orders/o-4?session_id=${session.id}`);

    const summary = await retrieveCheckoutSession(payments, session.id);
    expect(summary).toMatchObject({ status: "complete", paymentStatus: "paid", amountTotalCents: 3500 });
    expect(paid.at(-1)).toEqual(summary);
    const [logged] = await store.list({ limit: 1 });
    expect(logged).toMatchObject({ type: "checkout.session.completed", outcome: "processed" });

    const refund = await refundPayment(payments, { paymentIntentId: summary.paymentIntentId!, idempotencyKey: "refund-o-4", amountCents: 600 });
    expect(refund).toMatchObject({ status: "succeeded" });
    expect(refund.id).toMatch(/^re_/);
    expect(await refundPayment(payments, { paymentIntentId: summary.paymentIntentId!, idempotencyKey: "refund-o-4", amountCents: 600 })).toEqual(refund);
    expect(refunded).toEqual([600]);
  });
});
