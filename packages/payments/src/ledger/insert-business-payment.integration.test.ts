import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { businessPaymentsTableSql } from "../testing/business-payments-table-sql";
import { createPgRawSqlClient } from "../testing/create-pg-raw-sql-client";
import { insertBusinessPayment, type BusinessPaymentRow } from "./insert-business-payment";

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;

beforeAll(async () => {
  database = await createTestDatabase("payments_ledger_insert");
  db = createPgRawSqlClient(database.url);
  await db.$queryRaw([businessPaymentsTableSql] as unknown as TemplateStringsArray);
});
afterAll(async () => {
  await db?.end();
  await database?.drop();
});

const row = (change: Partial<BusinessPaymentRow> = {}): BusinessPaymentRow => ({
  businessId: "shop-1",
  scopeId: "shop-1",
  orderId: "order-1",
  paymentIntentId: "pi_1",
  chargeId: "ch_1",
  connectedAccountId: "acct_1",
  currency: "usd",
  grossCents: 1_000,
  feeCents: 50,
  refundedCents: 0,
  feeRefundedCents: 0,
  paidAt: new Date("2026-12-04T20:00:00Z"),
  ...change,
});

describe("insertBusinessPayment", () => {
  it("records a payment once per business, whichever of its keys (intent or charge) a second write repeats", async () => {
    expect(await insertBusinessPayment(db, row())).toBe(true);
    expect(await insertBusinessPayment(db, row())).toBe(false);
    // The same charge under another intent id, and the same intent with its charge unknown: already recorded, no error.
    expect(await insertBusinessPayment(db, row({ paymentIntentId: "pi_other" }))).toBe(false);
    expect(await insertBusinessPayment(db, row({ chargeId: "ch_other" }))).toBe(false);
    expect(await insertBusinessPayment(db, row({ businessId: "shop-2", scopeId: "shop-2" }))).toBe(true);
    const writes = await Promise.all(Array.from({ length: 20 }, (_, index) => insertBusinessPayment(db, row({ orderId: "order-3", paymentIntentId: `pi_3_${index % 2}`, chargeId: "ch_3" }))));
    expect(writes.filter(Boolean)).toHaveLength(1);
    const counted = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM business_payments`;
    expect(counted[0]!.count).toBe(3);
  });
});
