import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AppError } from "@stepperslife/http";
import { startStripeStub, type StripeStub } from "@stepperslife/stripe-stub";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCheckoutSession } from "./create-checkout-session";
import { createPayments, type Payments } from "./create-payments";
import { expireCheckoutSession } from "./expire-checkout-session";

const keys = { STRIPE_SECRET_KEY: "sk_test_expire_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_expire_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_expire_0123456789" };

let stub: StripeStub;
let receiver: Server;
let payments: Payments;
const received: string[] = [];

beforeAll(async () => {
  // Stands in for the app's webhook route: notes each event type and accepts it.
  receiver = createServer(async (incoming, outgoing) => {
    let body = "";
    for await (const chunk of incoming) body += (chunk as Buffer).toString("utf8");
    received.push((JSON.parse(body) as { type: string }).type);
    outgoing.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/stripe/webhook`;
  stub = await startStripeStub({ accounts: [{ secretKey: keys.STRIPE_SECRET_KEY, webhookSecret: keys.STRIPE_WEBHOOK_SECRET, webhookUrl }] });
  payments = createPayments({ ...keys, STRIPE_API_URL: stub.url })!;
});

afterAll(async () => {
  await stub?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

const session = (orderId: string) =>
  createCheckoutSession(payments, {
    lineItems: [{ name: "General admission", unitAmountCents: 2000, quantity: 1 }],
    currency: "usd",
    successUrl: `https://events.stepperslife.com/orders/${orderId}?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `https://events.stepperslife.com/orders/${orderId}`,
    customerEmail: "ada@example.com",
    clientReferenceId: orderId,
    metadata: { orderId },
    idempotencyKey: `checkout-${orderId}`,
  });

describe("expireCheckoutSession", () => {
  it("expires an open session once (Stripe sends checkout.session.expired), and answers calmly when asked again", async () => {
    const { id } = await session("x-1");
    expect(await expireCheckoutSession(payments, id)).toEqual({ status: "expired" });
    expect(await expireCheckoutSession(payments, id)).toEqual({ status: "expired" });
    expect(received.filter((type) => type === "checkout.session.expired")).toHaveLength(1);
    await expect(stub.completeCheckout(id)).rejects.toThrow(/expired/);
  });

  it("leaves a completed session alone and says it was paid", async () => {
    const { id } = await session("x-2");
    await stub.completeCheckout(id);
    expect(await expireCheckoutSession(payments, id)).toEqual({ status: "complete" });
  });

  it("turns an unknown session into a not-found AppError", async () => {
    await expect(expireCheckoutSession(payments, "cs_test_missing")).rejects.toBeInstanceOf(AppError);
  });
});
