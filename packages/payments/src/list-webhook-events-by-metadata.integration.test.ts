import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookEventStore } from "./create-webhook-event-store";
import { listWebhookEventsByMetadata } from "./list-webhook-events-by-metadata";
import { createPgRawSqlClient } from "./testing/create-pg-raw-sql-client";
import { webhookEventsTableSql } from "./testing/webhook-events-table-sql";

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;

const event = (id: string, metadata: Record<string, string>) =>
  ({ id, object: "event", type: "checkout.session.completed", created: 1, livemode: false, data: { object: { id: `cs_${id}`, object: "checkout.session", metadata } } }) as unknown as Stripe.Event;

beforeAll(async () => {
  database = await createTestDatabase("payments_by_metadata");
  db = createPgRawSqlClient(database.url);
  await db.$queryRaw([webhookEventsTableSql] as unknown as TemplateStringsArray);
  const store = createWebhookEventStore(db);
  for (const [id, metadata] of [
    ["evt_1", { eventId: "e1", orderId: "o1" }],
    ["evt_2", { eventId: "e2", orderId: "o2" }],
    ["evt_3", { eventId: "e1", orderId: "o3" }],
    ["evt_4", { restaurantId: "e1" }],
    ["evt_5", {}],
  ] as const) {
    await store.claim(event(id, metadata));
    await store.finish(id, id === "evt_3" ? "failed" : "processed", id === "evt_3" ? "boom" : undefined);
  }
});

afterAll(async () => {
  await db.end();
  await database.drop();
});

describe("listWebhookEventsByMetadata", () => {
  it("lists only the events whose metadata key matches one of the values, newest first", async () => {
    const mine = await listWebhookEventsByMetadata(db, { key: "eventId", values: ["e1"] });
    expect(mine.map((row) => row.id).sort()).toEqual(["evt_1", "evt_3"]);
    expect(mine.find((row) => row.id === "evt_3")).toMatchObject({ outcome: "failed", error: "boom", attempts: 1, deliveries: 1, metadata: { eventId: "e1", orderId: "o3" } });
    expect(mine[0]!.receivedAt).toBeInstanceOf(Date);
    expect((await listWebhookEventsByMetadata(db, { key: "eventId", values: ["e1", "e2"], limit: 2 })).length).toBe(2);
    expect(await listWebhookEventsByMetadata(db, { key: "eventId", values: [] })).toEqual([]);
    expect(await listWebhookEventsByMetadata(db, { key: "eventId", values: ["nobody"] })).toEqual([]);
  });

  it("refuses a key that is not a plain metadata name", async () => {
    await expect(listWebhookEventsByMetadata(db, { key: "a'; drop table x; --", values: ["e1"] })).rejects.toThrow(TypeError);
  });
});
