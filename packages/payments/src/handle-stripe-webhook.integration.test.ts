import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPayments } from "./create-payments";
import { createWebhookEventStore, type WebhookEventStore } from "./create-webhook-event-store";
import { handleStripeWebhook } from "./handle-stripe-webhook";
import { replayWebhookEvent } from "./replay-webhook-event";
import type { WebhookHandlers } from "./run-webhook-handler";
import { createPgRawSqlClient } from "./testing/create-pg-raw-sql-client";
import { webhookEventsTableSql } from "./testing/webhook-events-table-sql";

const keys = { STRIPE_SECRET_KEY: "sk_test_hook_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_hook_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_hook_0123456789" };
const payments = createPayments(keys)!;

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;
let store: WebhookEventStore;

beforeAll(async () => {
  database = await createTestDatabase("payments_webhook");
  db = createPgRawSqlClient(database.url);
  await db.$queryRaw([webhookEventsTableSql] as unknown as TemplateStringsArray);
  store = createWebhookEventStore(db);
});

afterAll(async () => {
  await db.end();
  await database.drop();
});

function eventBody(id: string, type = "checkout.session.completed") {
  return JSON.stringify({ id, object: "event", type, api_version: "2026-10-28.endive", created: 1, livemode: false, data: { object: { id: `cs_${id}`, object: "checkout.session", client_reference_id: "order_1" } } });
}

function webhookRequest(body: string, signature: string | null = payments.stripe.webhooks.generateTestHeaderString({ payload: body, secret: keys.STRIPE_WEBHOOK_SECRET })) {
  return new Request("https://restaurants.stepperslife.com/api/stripe/webhook", { method: "POST", body, headers: signature === null ? {} : { "stripe-signature": signature } });
}

function countingHandlers(run: (event: Stripe.Event) => Promise<"processed" | "ignored"> = async () => "processed") {
  const calls: string[] = [];
  const handlers: WebhookHandlers = {
    "checkout.session.completed": async (event) => {
      calls.push(event.id);
      return run(event);
    },
  };
  return { calls, handlers };
}

async function deliver(request: Request, handlers: WebhookHandlers) {
  const response = await handleStripeWebhook({ payments, store, handlers, request });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("handleStripeWebhook", () => {
  it("runs the handler for a signed event and records it processed", async () => {
    const { calls, handlers } = countingHandlers();
    expect(await deliver(webhookRequest(eventBody("evt_ok")), handlers)).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    expect(calls).toEqual(["evt_ok"]);
    expect(await store.get("evt_ok")).toMatchObject({ outcome: "processed", attempts: 1, error: null });
  });

  const body = eventBody("evt_refused");
  const signed = payments.stripe.webhooks.generateTestHeaderString({ payload: body, secret: keys.STRIPE_WEBHOOK_SECRET });
  const refused: [string, Request][] = [
    ["a missing signature", webhookRequest(body, null)],
    ["a tampered body", webhookRequest(body.replace("order_1", "order_2"), signed)],
    ["a stale signature", webhookRequest(body, payments.stripe.webhooks.generateTestHeaderString({ payload: body, secret: keys.STRIPE_WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) - 600 }))],
    ["another endpoint's secret", webhookRequest(body, payments.stripe.webhooks.generateTestHeaderString({ payload: body, secret: "whsec_other_endpoint_01" }))],
  ];
  for (const [name, request] of refused) {
    it(`answers 400 bad_signature to ${name} and writes nothing`, async () => {
      const { calls, handlers } = countingHandlers();
      expect(await deliver(request, handlers)).toEqual({
        status: 400,
        body: { error: { code: "bad_signature", message: "Webhook signature is missing, invalid or too old." } },
      });
      expect(calls).toEqual([]);
      expect(await store.get("evt_refused")).toBeNull();
    });
  }

  it("answers a redelivery as duplicate without running the handler again", async () => {
    const { calls, handlers } = countingHandlers();
    await deliver(webhookRequest(eventBody("evt_dup")), handlers);
    expect(await deliver(webhookRequest(eventBody("evt_dup")), handlers)).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    expect(calls).toEqual(["evt_dup"]);
    expect(await store.get("evt_dup")).toMatchObject({ outcome: "processed", attempts: 1, deliveries: 2 });
  });

  it("runs the handler once for 100 simultaneous deliveries of one event", async () => {
    const { calls, handlers } = countingHandlers(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return "processed";
    });
    const results = await Promise.all(Array.from({ length: 100 }, () => deliver(webhookRequest(eventBody("evt_burst")), handlers)));
    expect(calls).toEqual(["evt_burst"]);
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(results.filter((result) => result.body.outcome === "processed")).toHaveLength(1);
    expect(results.filter((result) => result.body.outcome === "duplicate")).toHaveLength(99);
    expect(await store.get("evt_burst")).toMatchObject({ outcome: "processed", attempts: 1, deliveries: 100 });
  });

  it("answers 500 without details when the handler fails, then processes Stripe's retry", async () => {
    let failNext = true;
    const { calls, handlers } = countingHandlers(async () => {
      if (failNext) {
        failNext = false;
        throw new Error("orders table is locked (secret detail)");
      }
      return "processed";
    });
    const first = await deliver(webhookRequest(eventBody("evt_retry")), handlers);
    expect(first.status).toBe(500);
    expect(JSON.stringify(first.body)).not.toContain("secret detail");
    expect(first.body).toMatchObject({ error: { code: "internal_error" } });
    expect(await store.get("evt_retry")).toMatchObject({ outcome: "failed", attempts: 1, error: expect.stringContaining("orders table is locked") });

    expect(await deliver(webhookRequest(eventBody("evt_retry")), handlers)).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    expect(calls).toEqual(["evt_retry", "evt_retry"]);
    expect(await store.get("evt_retry")).toMatchObject({ outcome: "processed", attempts: 2, error: null });
  });

  it("records events without a handler, or that the handler declines, as ignored", async () => {
    const { calls, handlers } = countingHandlers(async () => "ignored");
    expect((await deliver(webhookRequest(eventBody("evt_other", "customer.created")), handlers)).body).toEqual({ received: true, outcome: "ignored" });
    expect((await deliver(webhookRequest(eventBody("evt_declined")), handlers)).body).toEqual({ received: true, outcome: "ignored" });
    expect(calls).toEqual(["evt_declined"]);
    expect(await store.get("evt_other")).toMatchObject({ outcome: "ignored", type: "customer.created" });
  });
});

describe("replayWebhookEvent", () => {
  it("re-runs the handler on the stored payload and records the new outcome", async () => {
    const broken = countingHandlers(async () => {
      throw new Error("bug in handler");
    });
    await deliver(webhookRequest(eventBody("evt_replay")), broken.handlers);
    expect(await store.get("evt_replay")).toMatchObject({ outcome: "failed", attempts: 1 });

    const fixed = countingHandlers();
    expect(await replayWebhookEvent({ store, handlers: fixed.handlers, eventId: "evt_replay" })).toBe("processed");
    expect(fixed.calls).toEqual(["evt_replay"]);
    expect(await store.get("evt_replay")).toMatchObject({ outcome: "processed", attempts: 2, error: null });
    expect(await replayWebhookEvent({ store, handlers: broken.handlers, eventId: "evt_replay" })).toBe("failed");
    expect(await store.get("evt_replay")).toMatchObject({ outcome: "failed", attempts: 3 });
  });

  it("refuses an unknown event with not_found", async () => {
    await expect(replayWebhookEvent({ store, handlers: {}, eventId: "evt_nope" })).rejects.toMatchObject({ code: "not_found", status: 404 });
  });
});
