import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createPayments } from "./create-payments";

const keys = { STRIPE_SECRET_KEY: "sk_test_unit_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_unit_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_unit_0123456789" };

describe("createPayments", () => {
  it("is null without a complete key set, so the app offers pay at pickup only", () => {
    expect(createPayments({})).toBeNull();
    expect(createPayments({ STRIPE_SECRET_KEY: keys.STRIPE_SECRET_KEY })).toBeNull();
    expect(createPayments({ ...keys, STRIPE_WEBHOOK_SECRET: "" })).toBeNull();
  });

  it("carries the publishable key and webhook secret beside the client", () => {
    const payments = createPayments(keys);
    expect(payments).toMatchObject({ publishableKey: keys.STRIPE_PUBLISHABLE_KEY, webhookSecret: keys.STRIPE_WEBHOOK_SECRET });
  });

  it("sends API calls to STRIPE_API_URL with the pinned API version and the secret key", async () => {
    const seen: { url?: string; authorization?: string; version?: string } = {};
    const server = createServer((request, response) => {
      Object.assign(seen, { url: request.url, authorization: request.headers.authorization, version: request.headers["stripe-version"] });
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: "pi_1", object: "payment_intent" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const payments = createPayments({ ...keys, STRIPE_API_URL: `http://127.0.0.1:${port}` });
      await payments?.stripe.paymentIntents.retrieve("pi_1");
      expect(seen).toEqual({ url: "/v1/payment_intents/pi_1", authorization: `Bearer ${keys.STRIPE_SECRET_KEY}`, version: "2026-10-28.endive" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
