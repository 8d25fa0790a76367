import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { startStripeStub, type StripeStub } from "@stepperslife/stripe-stub";
import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DisputedPayment } from "../checkout-flow/checkout-domain";
import { createCheckoutFlow, type CheckoutFlow } from "../checkout-flow/create-checkout-flow";
import { fulfilPaidCheckout } from "../checkout-flow/fulfil-paid-checkout";
import { createPayments, type Payments } from "../create-payments";
import { createWebhookEventStore, type RawSqlClient, type WebhookEventStore } from "../create-webhook-event-store";
import { handleStripeWebhook } from "../handle-stripe-webhook";
import { refundPayment } from "../refund-payment";
import { replayWebhookEvent } from "../replay-webhook-event";
import { retrieveCheckoutSession } from "../retrieve-checkout-session";
import { businessPaymentsTableSql } from "../testing/business-payments-table-sql";
import { connectBusiness } from "../testing/connect-business";
import { connectedAccountsTableSql } from "../testing/connected-accounts-table-sql";
import { createPgRawSqlClient } from "../testing/create-pg-raw-sql-client";
import { expectTableMatchesModel } from "../testing/expect-table-matches-model";
import { startWebhookReceiver } from "../testing/start-webhook-receiver";
import { ordersTableSql, testingOrdersDomain } from "../testing/testing-orders-domain";
import { webhookEventsTableSql } from "../testing/webhook-events-table-sql";
import { listBusinessPayouts } from "./list-business-payouts";

const keys = { STRIPE_SECRET_KEY: "sk_test_ledger_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_ledger_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_ledger_0123456789" };

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;
let stub: StripeStub;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let payments: Payments;
let store: WebhookEventStore;
let flow: CheckoutFlow;
/** While set, the app's endpoint answers 200 and keeps the events here instead of running them (Stripe's delivery held back). */
let held: Stripe.Event[] | null = null;
const disputesTold: Array<Omit<DisputedPayment<RawSqlClient>, "db">> = [];
/** The vertical's hook fails this many more times (then works), to prove a failure leaves nothing marked. */
let hookFailures = 0;

const domain = {
  ...testingOrdersDomain(),
  // The vertical's side: it marks its order in the same transaction, slowly, so a concurrent delivery really overlaps.
  async recordDispute({ db: tx, ...dispute }: DisputedPayment<RawSqlClient>) {
    await tx.$queryRaw`UPDATE orders SET status = 'disputed' WHERE id = ${dispute.orderId}`;
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (hookFailures > 0) {
      hookFailures -= 1;
      throw new Error("the owner's email could not be queued");
    }
    disputesTold.push(dispute);
  },
};

beforeAll(async () => {
  database = await createTestDatabase("payments_ledger");
  db = createPgRawSqlClient(database.url);
  for (const sql of [webhookEventsTableSql, ordersTableSql, connectedAccountsTableSql, businessPaymentsTableSql]) {
    await db.$queryRaw([sql] as unknown as TemplateStringsArray);
  }
  store = createWebhookEventStore(db);
  receiver = await startWebhookReceiver(async (request) => {
    if (!held) return handleStripeWebhook({ payments, store, handlers: flow.webhookHandlers(), request });
    held.push((await request.json()) as Stripe.Event);
    return Response.json({});
  });
  const webhookUrl = receiver.url;
  stub = await startStripeStub({ accounts: [{ secretKey: keys.STRIPE_SECRET_KEY, webhookSecret: keys.STRIPE_WEBHOOK_SECRET, webhookUrl }], retryDelaysMs: [] });
  payments = createPayments({ ...keys, STRIPE_API_URL: stub.url })!;
  flow = createCheckoutFlow({ domain, db: () => db, payments: () => payments, store: () => store, appUrl: () => "https://shop.stepperslife.test", fees: () => ({ percent: 10, fixedCents: 0 }) });
  for (const shop of ["shop-a", "shop-b"]) await connectBusiness({ db, stub, secretKey: keys.STRIPE_SECRET_KEY, businessId: shop });
});

afterAll(async () => {
  await stub?.close();
  await receiver?.close();
  await db?.end();
  await database?.drop();
});

interface LedgerRow {
  business_id: string;
  scope_id: string;
  charge_id: string;
  connected_account_id: string;
  gross_cents: number;
  fee_cents: number;
  refunded_cents: number;
  fee_refunded_cents: number;
  dispute_status: string | null;
  dispute_reason: string | null;
  disputed_cents: number | null;
  disputed_at: Date | null;
}

const ledgerRows = (orderId: string) => db.$queryRaw<LedgerRow[]>`SELECT * FROM business_payments WHERE order_id = ${orderId}`;
const sessionOf = async (orderId: string) =>
  (await db.$queryRaw<Array<{ checkout_session_id: string }>>`SELECT checkout_session_id FROM orders WHERE id = ${orderId}`)[0]!.checkout_session_id;

/** An order of `totalCents` from a shop, checkout started; paid with the webhook delivered unless `holdWebhook`. */
async function paidOrder({ scopeId = "shop-a", totalCents = 1_500, holdWebhook = false } = {}) {
  const orderId = randomUUID();
  await db.$queryRaw`INSERT INTO orders (id, scope_id, owner_id, total_cents, status) VALUES (${orderId}, ${scopeId}, 'owner-a', ${totalCents}, 'awaiting_payment')`;
  await flow.startCheckout(orderId);
  const sessionId = await sessionOf(orderId);
  held = holdWebhook ? [] : null;
  await stub.completeCheckout(sessionId);
  const heldEvents = held ?? [];
  held = null;
  const session = await payments.stripe.checkout.sessions.retrieve(sessionId);
  const intent = await payments.stripe.paymentIntents.retrieve(session.payment_intent as string);
  return { orderId, sessionId, paymentIntentId: intent.id, chargeId: intent.latest_charge as string, heldEvents };
}

describe("the business payments ledger", () => {
  it("is the table the apps' migrations create", async () => {
    await expectTableMatchesModel({ modelFile: "business-payment.prisma", model: "BusinessPayment", tableSql: businessPaymentsTableSql });
  });

  it("records a paid order once, with Stripe's gross and fee, however often and concurrently it is fulfilled", async () => {
    const { orderId, sessionId, chargeId, heldEvents } = await paidOrder({ holdWebhook: true });
    expect(await ledgerRows(orderId)).toEqual([]);
    const [completed] = heldEvents.filter((event) => event.type === "checkout.session.completed");
    // The webhook (twice: a redelivery and another event id) and the success page, all at once.
    await Promise.all([
      stub.deliver(keys.STRIPE_SECRET_KEY, completed as never),
      stub.deliver(keys.STRIPE_SECRET_KEY, completed as never),
      stub.deliver(keys.STRIPE_SECRET_KEY, { ...completed!, id: `evt_${randomUUID().replaceAll("-", "")}` }),
      flow.confirmCheckout({ orderId, sessionId }),
    ]);
    const session = await retrieveCheckoutSession(payments, sessionId);
    await fulfilPaidCheckout({ db, domain, payments, fees: { percent: 10, fixedCents: 0 }, session });
    const rows = await ledgerRows(orderId);
    const shopAccount = (await db.$queryRaw<Array<{ id: string }>>`SELECT id FROM connected_accounts WHERE business_id = 'shop-a'`)[0]!.id;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ business_id: "shop-a", scope_id: "shop-a", charge_id: chargeId, connected_account_id: shopAccount });
    expect(rows[0]).toMatchObject({ gross_cents: 1_500, fee_cents: 150, refunded_cents: 0, fee_refunded_cents: 0, dispute_status: null });
  });

  it("copies Stripe's refund totals on each charge.refunded, and a replayed older event changes nothing", async () => {
    const { orderId, paymentIntentId } = await paidOrder();
    await refundPayment(payments, { paymentIntentId, idempotencyKey: `refund-${orderId}-1`, amountCents: 500 });
    expect((await ledgerRows(orderId))[0]).toMatchObject({ refunded_cents: 500, fee_refunded_cents: 50 });
    await refundPayment(payments, { paymentIntentId, idempotencyKey: `refund-${orderId}-2` });
    expect((await ledgerRows(orderId))[0]).toMatchObject({ refunded_cents: 1_500, fee_refunded_cents: 150 });
    const [first] = await db.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM stripe_webhook_events WHERE type = 'charge.refunded' AND payload #>> '{data,object,payment_intent}' = ${paymentIntentId}
        AND payload #>> '{data,object,amount_refunded}' = '500'`;
    expect(await replayWebhookEvent({ store, handlers: flow.webhookHandlers(), eventId: first!.id })).toBe("processed");
    expect((await ledgerRows(orderId))[0]).toMatchObject({ refunded_cents: 1_500, fee_refunded_cents: 150 });
  });

  it("marks a disputed payment and tells the vertical once, under concurrent deliveries, replays and a failed first try", async () => {
    const { orderId, chargeId, paymentIntentId } = await paidOrder({ scopeId: "shop-b", totalCents: 2_000 });
    await refundPayment(payments, { paymentIntentId, idempotencyKey: `refund-${orderId}`, amountCents: 400 });
    held = [];
    await stub.openDispute(chargeId);
    const [created] = held;
    held = null;
    hookFailures = 1;
    const otherId = `evt_${randomUUID().replaceAll("-", "")}`;
    // Stripe's delivery twice at once plus the same dispute under another event id: the hook fails for the first that
    // claims, which rolls its mark back; another (or Stripe's retry) then marks it and tells the vertical.
    await Promise.all([
      stub.deliver(keys.STRIPE_SECRET_KEY, created as never),
      stub.deliver(keys.STRIPE_SECRET_KEY, created as never),
      stub.deliver(keys.STRIPE_SECRET_KEY, { ...created!, id: otherId, type: "charge.dispute.updated" }),
    ]);
    const outcomes = await db.$queryRaw<Array<{ id: string; outcome: string }>>`SELECT id, outcome FROM stripe_webhook_events WHERE id IN (${created!.id}, ${otherId})`;
    for (const event of outcomes.filter((each) => each.outcome === "failed")) await replayWebhookEvent({ store, handlers: flow.webhookHandlers(), eventId: event.id });
    await replayWebhookEvent({ store, handlers: flow.webhookHandlers(), eventId: created!.id });
    await stub.deliver(keys.STRIPE_SECRET_KEY, created as never);

    expect(disputesTold.filter((dispute) => dispute.orderId === orderId)).toEqual([
      { orderId, scopeId: "shop-b", businessId: "shop-b", amountCents: 1_600, currency: "usd", reason: "fraudulent", disputeId: (created!.data.object as Stripe.Dispute).id },
    ]);
    const [row] = await ledgerRows(orderId);
    expect(row).toMatchObject({ dispute_status: "needs_response", dispute_reason: "fraudulent", disputed_cents: 1_600 });
    expect(row!.disputed_at).toBeInstanceOf(Date);
    expect((await db.$queryRaw<Array<{ status: string }>>`SELECT status FROM orders WHERE id = ${orderId}`)[0]!.status).toBe("disputed");
  });

  it("takes the dispute's status from Stripe on charge.dispute.closed, without telling the vertical again", async () => {
    const { orderId, chargeId } = await paidOrder({ scopeId: "shop-b" });
    const dispute = await stub.openDispute(chargeId);
    const told = disputesTold.length;
    await stub.closeDispute(dispute.id, "won");
    expect((await ledgerRows(orderId))[0]).toMatchObject({ dispute_status: "won", disputed_cents: 1_500 });
    expect(disputesTold).toHaveLength(told);
    // The created event replayed after the close: the row keeps Stripe's current status, the vertical is not told again.
    const [created] = await db.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM stripe_webhook_events WHERE type = 'charge.dispute.created' AND payload #>> '{data,object,id}' = ${dispute.id}`;
    expect(await replayWebhookEvent({ store, handlers: flow.webhookHandlers(), eventId: created!.id })).toBe("processed");
    expect((await ledgerRows(orderId))[0]).toMatchObject({ dispute_status: "won" });
    expect(disputesTold).toHaveLength(told);
  });

  it("lists a business's payouts by day on its clock with each payment's net and the day's totals", async () => {
    await connectBusiness({ db, stub, secretKey: keys.STRIPE_SECRET_KEY, businessId: "shop-c" });
    const whole = await paidOrder({ scopeId: "shop-c", totalCents: 2_000 });
    const refunded = await paidOrder({ scopeId: "shop-c", totalCents: 1_000 });
    await refundPayment(payments, { paymentIntentId: refunded.paymentIntentId, idempotencyKey: `refund-${refunded.orderId}`, amountCents: 300 });
    const days = await listBusinessPayouts({ db, businessId: "shop-c", timeZone: "America/Chicago" });
    // Both were paid just now: one day, or two if Chicago's midnight fell between them.
    const listed = days.flatMap((day) => day.payments);
    expect(listed.map((payment) => [payment.orderId, payment.grossCents, payment.feeCents, payment.refundedCents, payment.netCents]).sort()).toEqual(
      [
        [refunded.orderId, 1_000, 100, 300, 630],
        [whole.orderId, 2_000, 200, 0, 1_800],
      ].sort(),
    );
    const sum = (pick: (totals: (typeof days)[number]["totals"]) => number) => days.reduce((total, day) => total + pick(day.totals), 0);
    expect([sum((t) => t.grossCents), sum((t) => t.feeCents), sum((t) => t.refundedCents), sum((t) => t.netCents)]).toEqual([3_000, 300, 300, 2_430]);
    expect(days[0]!.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await listBusinessPayouts({ db, businessId: "shop-c", timeZone: "America/Chicago", since: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await listBusinessPayouts({ db, businessId: "nobody", timeZone: "UTC" })).toEqual([]);
  });
});
