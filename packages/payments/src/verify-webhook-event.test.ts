import { AppError, errorStatus } from "@stepperslife/http";
import { describe, expect, it } from "vitest";
import { createPayments } from "./create-payments";
import { verifyWebhookEvent } from "./verify-webhook-event";

const keys = { STRIPE_SECRET_KEY: "sk_test_unit_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_unit_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_unit_0123456789" };
const payments = createPayments(keys)!;
const body = JSON.stringify({ id: "evt_unit_1", object: "event", type: "checkout.session.completed", data: { object: { id: "cs_test_1" } } });
const sign = (payload: string, options: { secret?: string; timestamp?: number } = {}) =>
  payments.stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? keys.STRIPE_WEBHOOK_SECRET, ...(options.timestamp ? { timestamp: options.timestamp } : {}) });

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected verifyWebhookEvent to throw");
}

describe("verifyWebhookEvent", () => {
  it("returns the event when the signature matches the exact bytes", () => {
    expect(verifyWebhookEvent(payments, body, sign(body))).toMatchObject({ id: "evt_unit_1", type: "checkout.session.completed" });
  });

  it("also takes a connected-account event signed with the Connect endpoint's secret, by the same rules", () => {
    const connect = createPayments({ ...keys, STRIPE_CONNECT_WEBHOOK_SECRET: "whsec_connect_0123456789" })!;
    const signed = sign(body, { secret: "whsec_connect_0123456789" });
    expect(verifyWebhookEvent(connect, body, signed)).toMatchObject({ id: "evt_unit_1" });
    expect(failure(() => verifyWebhookEvent(payments, body, signed)).code).toBe("bad_signature");
    const stale = sign(body, { secret: "whsec_connect_0123456789", timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(failure(() => verifyWebhookEvent(connect, body, stale)).code).toBe("bad_signature");
  });

  const refused: [string, () => unknown][] = [
    ["missing", () => verifyWebhookEvent(payments, body, null)],
    ["empty", () => verifyWebhookEvent(payments, body, "")],
    ["tampered body", () => verifyWebhookEvent(payments, body.replace("cs_test_1", "cs_test_2"), sign(body))],
    ["re-serialised body", () => verifyWebhookEvent(payments, JSON.stringify(JSON.parse(body), null, 2), sign(body))],
    ["other secret", () => verifyWebhookEvent(payments, body, sign(body, { secret: "whsec_someone_else_0123" }))],
    ["older than 5 minutes", () => verifyWebhookEvent(payments, body, sign(body, { timestamp: Math.floor(Date.now() / 1000) - 301 }))],
    ["garbage header", () => verifyWebhookEvent(payments, body, "t=1,v1=abc")],
  ];
  for (const [name, run] of refused) {
    it(`refuses a ${name} signature with bad_signature (400) and a fixed message`, () => {
      const error = failure(run);
      expect(error.code).toBe("bad_signature");
      expect(error.status).toBe(400);
      expect(error.userMessage).toBe("Webhook signature is missing, invalid or too old.");
    });
  }

  it("accepts a signature 4 minutes old", () => {
    expect(verifyWebhookEvent(payments, body, sign(body, { timestamp: Math.floor(Date.now() / 1000) - 240 })).id).toBe("evt_unit_1");
  });

  it("is registered as a 400 error code", () => {
    expect(errorStatus.bad_signature).toBe(400);
  });
});
