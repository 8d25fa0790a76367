import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startStripeStub, type StripeStub } from "./start-stripe-stub";

const shop = { secretKey: "sk_test_stub_shop_0123456789", webhookSecret: "whsec_stub_shop_0123456789" };
const other = { secretKey: "sk_test_stub_other_0123456789", webhookSecret: "whsec_stub_other_0123456789" };

interface Received {
  body: string;
  signature: string | null;
  path: string;
}

let stub: StripeStub;
let receiver: Server;
let received: Received[] = [];
let answerStatus = 200;

function sdk(secretKey: string): Stripe {
  const url = new URL(stub.url);
  return new Stripe(secretKey, { host: url.hostname, port: url.port, protocol: "http", maxNetworkRetries: 0 });
}

const checkoutParams = (overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  line_items: [
    { quantity: 2, price_data: { currency: "usd", unit_amount: 450, product_data: { name: "Catfish & fries" } } },
    { quantity: 1, price_data: { currency: "usd", unit_amount: 350, product_data: { name: "Sweet tea" } } },
  ],
  success_url: "https://restaurants.stepperslife.com/orders/o1?session_id={CHECKOUT_SESSION_ID}",
  cancel_url: "https://restaurants.stepperslife.com/cart",
  client_reference_id: "order_1",
  metadata: { orderId: "order_1", app: "restaurants" },
  ...overrides,
});

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ body, signature: (request.headers["stripe-signature"] as string | undefined) ?? null, path: request.url ?? "" });
      response.writeHead(answerStatus).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  stub = await startStripeStub({
    accounts: [
      { ...shop, webhookUrl: `${base}/shop/webhook` },
      { ...other, webhookUrl: `${base}/other/webhook` },
    ],
    retryDelaysMs: [50],
  });
});

afterAll(async () => {
  await stub.close();
  await new Promise((resolve) => receiver.close(resolve));
});

beforeEach(() => {
  received = [];
  answerStatus = 200;
});

describe("stripe stub, driven by the real stripe SDK", () => {
  it("creates and retrieves a checkout session with the hosted page URL and the parameters sent", async () => {
    const session = await sdk(shop.secretKey).checkout.sessions.create(checkoutParams({ customer_email: "ada@example.com" }));
    expect(session).toMatchObject({
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      amount_total: 1250,
      currency: "usd",
      client_reference_id: "order_1",
      metadata: { orderId: "order_1", app: "restaurants" },
      customer_email: "ada@example.com",
      url: `${stub.url}/pay/${session.id}`,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.expires_at - session.created).toBe(24 * 60 * 60);
    const again = await sdk(shop.secretKey).checkout.sessions.retrieve(session.id);
    expect(again).toEqual(session);
  });

  it("keeps accounts apart and refuses an unknown key with 401", async () => {
    const session = await sdk(shop.secretKey).checkout.sessions.create(checkoutParams());
    await expect(sdk(other.secretKey).checkout.sessions.retrieve(session.id)).rejects.toMatchObject({ type: "StripeInvalidRequestError", statusCode: 404 });
    const wrong = sdk("sk_test_not_an_account_000000");
    await expect(wrong.checkout.sessions.create(checkoutParams())).rejects.toMatchObject({ type: "StripeAuthenticationError", statusCode: 401 });
    const basic = `Basic ${Buffer.from(`${shop.secretKey}:`).toString("base64")}`;
    expect((await fetch(`${stub.url}/v1/checkout/sessions/${session.id}`, { headers: { authorization: basic } })).status).toBe(200);
    expect((await fetch(`${stub.url}/v1/checkout/sessions/${session.id}`)).status).toBe(401);
  });

  it("answers an idempotent retry with the first result and refuses the key for other parameters", async () => {
    const stripe = sdk(shop.secretKey);
    const first = await stripe.checkout.sessions.create(checkoutParams(), { idempotencyKey: "order_2-checkout" });
    const retry = await stripe.checkout.sessions.create(checkoutParams(), { idempotencyKey: "order_2-checkout" });
    expect(retry.id).toBe(first.id);
    expect(retry.lastResponse.headers["idempotent-replayed"]).toBe("true");
    await expect(
      stripe.checkout.sessions.create(checkoutParams({ client_reference_id: "order_3" }), { idempotencyKey: "order_2-checkout" }),
    ).rejects.toMatchObject({ type: "StripeIdempotencyError" });
  });

  it("rejects invalid parameters the way Stripe does", async () => {
    const stripe = sdk(shop.secretKey);
    await expect(stripe.checkout.sessions.create(checkoutParams({ line_items: [] }))).rejects.toMatchObject({ type: "StripeInvalidRequestError" });
    const tooSoon = Math.floor(Date.now() / 1000) + 60;
    await expect(stripe.checkout.sessions.create(checkoutParams({ expires_at: tooSoon }))).rejects.toMatchObject({ param: "expires_at" });
  });

  it("completes a checkout: paid, a payment intent, and a signed checkout.session.completed that verifies", async () => {
    const stripe = sdk(shop.secretKey);
    const session = await stripe.checkout.sessions.create(checkoutParams());
    await stub.completeCheckout(session.id);
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    expect(paid).toMatchObject({ status: "complete", payment_status: "paid" });
    expect(paid.payment_intent).toMatch(/^pi_/);
    const paymentIntent = await stripe.paymentIntents.retrieve(paid.payment_intent as string);
    expect(paymentIntent).toMatchObject({ status: "succeeded", amount: 1250, amount_received: 1250, currency: "usd" });

    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery?.path).toBe("/shop/webhook");
    const event = stripe.webhooks.constructEvent(delivery?.body ?? "", delivery?.signature ?? "", shop.webhookSecret, 300);
    expect(event.type).toBe("checkout.session.completed");
    expect(event.data.object).toMatchObject({ id: session.id, status: "complete", payment_status: "paid", metadata: { orderId: "order_1" } });
    expect(() => stripe.webhooks.constructEvent(delivery?.body ?? "", delivery?.signature ?? "", other.webhookSecret)).toThrow();

    await stub.completeCheckout(session.id);
    expect(received).toHaveLength(1);
  });

  it("refunds in part and in full, sending charge.refunded each time", async () => {
    const stripe = sdk(shop.secretKey);
    const session = await stripe.checkout.sessions.create(checkoutParams());
    await stub.completeCheckout(session.id);
    const paymentIntentId = (await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    received = [];
    const part = await stripe.refunds.create({ payment_intent: paymentIntentId, amount: 450 }, { idempotencyKey: "refund-1" });
    expect(part).toMatchObject({ object: "refund", amount: 450, status: "succeeded", payment_intent: paymentIntentId });
    const rest = await stripe.refunds.create({ payment_intent: paymentIntentId });
    expect(rest.amount).toBe(800);
    await expect(stripe.refunds.create({ payment_intent: paymentIntentId })).rejects.toMatchObject({ type: "StripeInvalidRequestError" });
    const events = received.map((r) => stripe.webhooks.constructEvent(r.body, r.signature ?? "", shop.webhookSecret));
    expect(events.map((e) => [e.type, (e.data.object as Stripe.Charge).amount_refunded])).toEqual([
      ["charge.refunded", 450],
      ["charge.refunded", 1250],
    ]);
  });

  it("expires an open session and sends checkout.session.expired", async () => {
    const stripe = sdk(shop.secretKey);
    const session = await stripe.checkout.sessions.create(checkoutParams());
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe("expired");
    expect(received.map((r) => JSON.parse(r.body).type)).toEqual(["checkout.session.expired"]);
    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ type: "StripeInvalidRequestError" });
  });

  it("redelivers an event the endpoint did not accept", async () => {
    answerStatus = 500;
    const delivery = await stub.deliver(shop.secretKey, { id: "evt_retry_1", type: "ping", object: "event", data: { object: {} } });
    expect(delivery.status).toBe(500);
    answerStatus = 200;
    await expect.poll(() => delivery.status, { timeout: 2_000 }).toBe(200);
    expect(delivery.attempts).toBe(2);
  });
});

describe("stripe stub hosted checkout page", () => {
  it("shows a labelled test page with the items and a Pay button that completes and redirects to success_url", async () => {
    const session = await sdk(shop.secretKey).checkout.sessions.create(checkoutParams());
    const page = await fetch(session.url ?? "");
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("<title>Test checkout</title>");
    expect(html).toContain("Local test stand-in for Stripe");
    expect(html).toContain("Catfish &amp; fries");
    expect(html).toContain("Pay $12.50");
    expect(html).toContain('href="https://restaurants.stepperslife.com/cart"');

    const pay = await fetch(session.url ?? "", { method: "POST", redirect: "manual" });
    expect(pay.status).toBe(303);
    expect(pay.headers.get("location")).toBe(`https://restaurants.stepperslife.com/orders/o1?session_id=${session.id}`);
    expect(received.map((r) => JSON.parse(r.body).type)).toEqual(["checkout.session.completed"]);
    expect((await sdk(shop.secretKey).checkout.sessions.retrieve(session.id)).status).toBe("complete");
  });

  it("answers 404 for an unknown session", async () => {
    expect((await fetch(`${stub.url}/pay/cs_test_nope`)).status).toBe(404);
  });
});
