import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookEventStore, type WebhookEventStore } from "./create-webhook-event-store";
import { createPgRawSqlClient } from "./testing/create-pg-raw-sql-client";
import { expectTableMatchesModel } from "./testing/expect-table-matches-model";
import { webhookEventsTableSql } from "./testing/webhook-events-table-sql";

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;
let store: WebhookEventStore;

const event = (id: string, type = "checkout.session.completed") =>
  ({ id, object: "event", type, created: 1, livemode: false, data: { object: { id: `cs_${id}`, object: "checkout.session" } } }) as unknown as Stripe.Event;

beforeAll(async () => {
  database = await createTestDatabase("payments_store");
  db = createPgRawSqlClient(database.url);
  await db.$queryRaw([webhookEventsTableSql] as unknown as TemplateStringsArray);
  store = createWebhookEventStore(db);
});

afterAll(async () => {
  await db.end();
  await database.drop();
});

describe("webhook event store", () => {
  it("claims a new event once and records it as processing", async () => {
    expect(await store.claim(event("evt_a"))).toBe("new");
    expect(await store.claim(event("evt_a"))).toBe("duplicate");
    const record = await store.get("evt_a");
    expect(record).toMatchObject({ id: "evt_a", type: "checkout.session.completed", outcome: "processing", attempts: 1, deliveries: 2, error: null, processedAt: null });
    expect(record?.payload).toMatchObject({ id: "evt_a", data: { object: { id: "cs_evt_a" } } });
    expect(Math.abs((record?.receivedAt.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it("finishes with an outcome and leaves processed and ignored events alone on redelivery", async () => {
    await store.claim(event("evt_b"));
    await store.finish("evt_b", "processed");
    expect(await store.claim(event("evt_b"))).toBe("duplicate");
    expect(await store.get("evt_b")).toMatchObject({ outcome: "processed", attempts: 1, deliveries: 2 });
    expect((await store.get("evt_b"))?.processedAt).toBeInstanceOf(Date);
  });

  it("re-claims a failed event, counting the attempt and clearing the error", async () => {
    await store.claim(event("evt_c"));
    await store.finish("evt_c", "failed", "database timeout");
    expect(await store.get("evt_c")).toMatchObject({ outcome: "failed", error: "database timeout", attempts: 1 });
    expect(await store.claim(event("evt_c"))).toBe("new");
    expect(await store.get("evt_c")).toMatchObject({ outcome: "processing", error: null, attempts: 2, deliveries: 2, processedAt: null });
    // A replay is the owner's doing, not a delivery.
    await store.finish("evt_c", "failed", "again");
    expect(await store.reclaim("evt_c")).toMatchObject({ attempts: 3, deliveries: 2 });
  });

  it("lets exactly one of 100 simultaneous claims win", async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => store.claim(event("evt_race"))));
    expect(results.filter((result) => result === "new")).toHaveLength(1);
    expect(await store.get("evt_race")).toMatchObject({ attempts: 1, deliveries: 100 });
  });

  it("lists newest first and pages back with before", async () => {
    const fresh = await createTestDatabase("payments_list");
    const client = createPgRawSqlClient(fresh.url, 2);
    try {
      await client.$queryRaw([webhookEventsTableSql] as unknown as TemplateStringsArray);
      const own = createWebhookEventStore(client);
      for (const id of ["evt_1", "evt_2", "evt_3"]) {
        await own.claim(event(id));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect((await own.list({ limit: 10 })).map((r) => r.id)).toEqual(["evt_3", "evt_2", "evt_1"]);
      const [newest] = await own.list({ limit: 1 });
      expect(newest?.id).toBe("evt_3");
      expect((await own.list({ limit: 10, before: newest!.receivedAt })).map((r) => r.id)).toEqual(["evt_2", "evt_1"]);
      expect(await own.get("evt_missing")).toBeNull();
      expect(await own.reclaim("evt_missing")).toBeNull();
    } finally {
      await client.end();
      await fresh.drop();
    }
  });

  it("uses exactly the table the shared Prisma model (prisma/stripe-webhook-event.prisma) migrates to", async () => {
    await expectTableMatchesModel({ modelFile: "stripe-webhook-event.prisma", model: "StripeWebhookEvent", tableSql: webhookEventsTableSql });
  });
});
