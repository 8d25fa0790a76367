import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { startStripeStub, type StripeStub } from "@stepperslife/stripe-stub";
import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConnectedAccountRecord } from "../connect/create-connected-account-store";
import { createCheckoutSession } from "../create-checkout-session";
import { createPayments, type Payments } from "../create-payments";
import { refundPayment } from "../refund-payment";
import { connectBusiness } from "../testing/connect-business";
import { connectedAccountsTableSql } from "../testing/connected-accounts-table-sql";
import { createPgRawSqlClient } from "../testing/create-pg-raw-sql-client";
import { reverseBusinessTransfer } from "./reverse-business-transfer";
import { transferToBusinesses } from "./transfer-to-businesses";

const keys = { STRIPE_SECRET_KEY: "sk_test_split_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_split_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_split_0123456789" };
const feePolicy = { percent: 10, fixedCents: 0 };

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;
let stub: StripeStub;
let payments: Payments;
let shopX: ConnectedAccountRecord;
let shopY: ConnectedAccountRecord;

beforeAll(async () => {
  database = await createTestDatabase("payments_split");
  db = createPgRawSqlClient(database.url);
  await db.$queryRaw([connectedAccountsTableSql] as unknown as TemplateStringsArray);
  // No app endpoint: these tests read Stripe's objects, not its events.
  stub = await startStripeStub({ accounts: [{ secretKey: keys.STRIPE_SECRET_KEY, webhookSecret: keys.STRIPE_WEBHOOK_SECRET, webhookUrl: "http://127.0.0.1:9/" }], retryDelaysMs: [] });
  payments = createPayments({ ...keys, STRIPE_API_URL: stub.url })!;
  shopX = await connectBusiness({ db, stub, secretKey: keys.STRIPE_SECRET_KEY, businessId: "shop-x" });
  shopY = await connectBusiness({ db, stub, secretKey: keys.STRIPE_SECRET_KEY, businessId: "shop-y" });
});

afterAll(async () => {
  await stub?.close();
  await db?.end();
  await database?.drop();
});

/** One cart across two shops, paid in one charge kept by the platform under the order's transfer group. */
async function paidCart(lineItems: Array<{ name: string; unitAmountCents: number; quantity: number }>) {
  const orderId = randomUUID();
  const transferGroup = `order-${orderId}`;
  const session = await createCheckoutSession(payments, {
    lineItems,
    currency: "usd",
    successUrl: "https://store.stepperslife.test/orders/x",
    cancelUrl: "https://store.stepperslife.test/cart",
    clientReferenceId: orderId,
    metadata: { orderId },
    idempotencyKey: `checkout-order-${orderId}`,
    transferGroup,
  });
  await stub.completeCheckout(session.id);
  const intentId = (await payments.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
  const intent = await payments.stripe.paymentIntents.retrieve(intentId, { expand: ["latest_charge"] });
  return { orderId, transferGroup, intent, charge: intent.latest_charge as Stripe.Charge };
}

const groupTransfers = async (transferGroup: string) => (await payments.stripe.transfers.list({ transfer_group: transferGroup, limit: 100 })).data;

describe("separate charges and transfers", () => {
  it("charges once for the platform under the order's group, then pays each business its share less the fee, once", async () => {
    const { orderId, transferGroup, intent, charge } = await paidCart([
      { name: "Shoes (shop X)", unitAmountCents: 1_000, quantity: 1 },
      { name: "Socks (shop Y)", unitAmountCents: 250, quantity: 2 },
    ]);
    expect(intent.transfer_data).toBeNull();
    expect(charge).toMatchObject({ amount: 1_500, transfer_group: transferGroup, transfer: null, application_fee: null });
    const shares = [
      { businessId: "shop-x", accountId: shopX.id, amountCents: 1_000 },
      { businessId: "shop-y", accountId: shopY.id, amountCents: 500 },
    ];
    const transfer = () => transferToBusinesses(payments, { orderId, chargeId: charge.id, transferGroup, shares, feePolicy });
    const [first, ...concurrent] = await Promise.all([transfer(), transfer(), transfer()]);
    expect(first!.map(({ businessId, accountId, shareCents, feeCents, transferredCents }) => [businessId, accountId, shareCents, feeCents, transferredCents])).toEqual([
      ["shop-x", shopX.id, 1_000, 100, 900],
      ["shop-y", shopY.id, 500, 50, 450],
    ]);
    for (const other of concurrent) expect(other).toEqual(first);
    // Days later (Stripe's keys forgotten, the fee policy changed): Stripe's list says who is paid already.
    const later = await transferToBusinesses(payments, { orderId, chargeId: charge.id, transferGroup, shares, feePolicy: { percent: 20, fixedCents: 0 } });
    expect(later).toEqual(first);
    const made = await groupTransfers(transferGroup);
    expect(made.map((each) => [each.destination, each.amount, each.source_transaction]).sort()).toEqual(
      [
        [shopX.id, 900, charge.id],
        [shopY.id, 450, charge.id],
      ].sort(),
    );
    await expect(
      transferToBusinesses(payments, { orderId: randomUUID(), chargeId: charge.id, transferGroup, shares: [{ ...shares[0]!, amountCents: 1_501 }], feePolicy }),
    ).rejects.toThrow(RangeError);
  });

  it("takes back one business's share of a refund in proportion, once per refund key, never beyond its transfer", async () => {
    const { orderId, transferGroup, intent, charge } = await paidCart([
      { name: "Hat (shop X)", unitAmountCents: 333, quantity: 1 },
      { name: "Scarf (shop Y)", unitAmountCents: 700, quantity: 1 },
    ]);
    const shares = [
      { businessId: "shop-x", accountId: shopX.id, amountCents: 333 },
      { businessId: "shop-y", accountId: shopY.id, amountCents: 700 },
    ];
    const [x, y] = await transferToBusinesses(payments, { orderId, chargeId: charge.id, transferGroup, shares, feePolicy });
    expect([x!.transferredCents, y!.transferredCents]).toEqual([300, 630]);
    // The customer gets 100 of shop X's hat back; the platform refunds the card, shop X returns its part.
    await refundPayment(payments, { paymentIntentId: intent.id, idempotencyKey: `refund-${orderId}-1`, amountCents: 100 });
    const reverse = (refundCents: number, key: string) => reverseBusinessTransfer(payments, { orderId, businessId: "shop-x", transferGroup, refundCents, refundKey: key });
    const attempts = await Promise.all(Array.from({ length: 4 }, () => reverse(100, `refund-${orderId}-1`)));
    expect(new Set(attempts.map((attempt) => attempt.reversalId)).size).toBe(1);
    // 100 of a 333 share is 90.09… of the 300 shop X received.
    expect(attempts[0]).toMatchObject({ transferId: x!.transferId, reversedCents: 90 });
    let transfer = await payments.stripe.transfers.retrieve(x!.transferId!);
    expect(transfer).toMatchObject({ amount_reversed: 90, reversals: { total_count: 1 } });

    await expect(reverse(234, `refund-${orderId}-2`)).rejects.toThrow(RangeError);
    // The rest of the share takes the rest of the transfer: no cent left behind by rounding, none taken beyond it.
    expect((await reverse(233, `refund-${orderId}-2`)).reversedCents).toBe(210);
    expect(await reverse(233, `refund-${orderId}-2`)).toMatchObject({ reversedCents: 210 });
    await expect(reverse(1, `refund-${orderId}-3`)).rejects.toThrow(RangeError);
    transfer = await payments.stripe.transfers.retrieve(x!.transferId!);
    expect(transfer).toMatchObject({ amount: 300, amount_reversed: 300, reversed: true, reversals: { total_count: 2 } });
    // Shop Y's transfer is untouched.
    expect((await payments.stripe.transfers.retrieve(y!.transferId!)).amount_reversed).toBe(0);
    await expect(reverseBusinessTransfer(payments, { orderId, businessId: "shop-z", transferGroup, refundCents: 1, refundKey: "k" })).rejects.toThrow(/no transfer/);
  });

  it("refuses a checkout that is both a destination charge and a transfer group", async () => {
    const lineItems = [{ name: "Both", unitAmountCents: 100, quantity: 1 }];
    const input = { lineItems, currency: "usd", successUrl: "https://s.test/", cancelUrl: "https://s.test/", clientReferenceId: "o", metadata: {} };
    const both = { ...input, idempotencyKey: "both", transferGroup: "order-o", destination: { accountId: shopX.id, applicationFeeCents: 10 } };
    await expect(createCheckoutSession(payments, both)).rejects.toThrow(TypeError);
  });
});
