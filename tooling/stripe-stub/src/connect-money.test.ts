import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { platform, startStubTestHarness, type StubTestHarness } from "./stub-test-harness";

let harness: StubTestHarness;
let stripe: Stripe;

const sessionParams = (paymentIntentData?: Stripe.Checkout.SessionCreateParams.PaymentIntentData): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  line_items: [
    { quantity: 2, price_data: { currency: "usd", unit_amount: 450, product_data: { name: "Catfish & fries" } } },
    { quantity: 1, price_data: { currency: "usd", unit_amount: 350, product_data: { name: "Sweet tea" } } },
  ],
  success_url: "https://restaurants.stepperslife.com/orders/o1?session_id={CHECKOUT_SESSION_ID}",
  ...(paymentIntentData ? { payment_intent_data: paymentIntentData } : {}),
});

async function onboardedAccount(): Promise<string> {
  const capabilities = { card_payments: { requested: true }, transfers: { requested: true } };
  const account = await stripe.accounts.create({ type: "express", capabilities });
  await harness.stub.completeOnboarding(account.id);
  return account.id;
}

/** Pays a session through the hosted page's button and answers its payment intent with the charge expanded. */
async function pay(params: Stripe.Checkout.SessionCreateParams) {
  const session = await stripe.checkout.sessions.create(params);
  expect((await fetch(session.url ?? "", { method: "POST", redirect: "manual" })).status).toBe(303);
  const { payment_intent } = await stripe.checkout.sessions.retrieve(session.id);
  const intent = await stripe.paymentIntents.retrieve(payment_intent as string, { expand: ["latest_charge", "latest_charge.balance_transaction"] });
  return { intent, charge: intent.latest_charge as Stripe.Charge };
}

beforeAll(async () => {
  harness = await startStubTestHarness();
  stripe = harness.sdk(platform.secretKey);
});

afterAll(() => harness.close());

beforeEach(() => harness.clear());

describe("stripe stub Connect money, driven by the real stripe SDK", () => {
  it("refuses destination charges Stripe would refuse", async () => {
    const fresh = await stripe.accounts.create({ type: "express" });
    const refused = (data: Stripe.Checkout.SessionCreateParams.PaymentIntentData) =>
      expect(stripe.checkout.sessions.create(sessionParams(data))).rejects;
    await refused({ transfer_data: { destination: "acct_nope" } }).toMatchObject({
      statusCode: 400,
      code: "resource_missing",
      param: "payment_intent_data[transfer_data][destination]",
    });
    await refused({ transfer_data: { destination: fresh.id } }).toMatchObject({
      message: "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
    });
    await refused({ application_fee_amount: 100 }).toMatchObject({ param: "payment_intent_data[application_fee_amount]" });
    const destination = await onboardedAccount();
    await refused({ application_fee_amount: 1251, transfer_data: { destination } }).toMatchObject({ param: "payment_intent_data[application_fee_amount]" });
    const unknown = { transfer_data: { destination }, on_behalf_of: destination } as Stripe.Checkout.SessionCreateParams.PaymentIntentData;
    await refused(unknown).toMatchObject({ message: "Received unknown parameter: payment_intent_data[on_behalf_of]" });
  });

  it("settles a destination charge as Stripe does: the whole charge transferred, the fee taken back", async () => {
    const destination = await onboardedAccount();
    const { intent, charge } = await pay(sessionParams({ application_fee_amount: 150, transfer_data: { destination }, metadata: { orderId: "o1" } }));
    expect(intent).toMatchObject({ application_fee_amount: 150, transfer_data: { destination }, metadata: { orderId: "o1" } });
    expect(charge).toMatchObject({ object: "charge", amount: 1250, application_fee_amount: 150, transfer_data: { destination } });
    expect(charge.metadata).toEqual({ orderId: "o1" });
    expect(charge.transfer_group).toBe(`group_${intent.id}`);
    expect(charge.balance_transaction).toMatchObject({ object: "balance_transaction", type: "charge", amount: 1250, fee: 0, net: 1250, source: charge.id });

    const transfer = await stripe.transfers.retrieve(charge.transfer as string);
    expect(transfer).toMatchObject({ amount: 1250, amount_reversed: 0, destination, source_transaction: charge.id, transfer_group: charge.transfer_group });
    expect(transfer.destination_payment).toMatch(/^py_/);
    const fee = await stripe.applicationFees.retrieve(charge.application_fee as string);
    expect(fee).toMatchObject({ object: "application_fee", amount: 150, amount_refunded: 0, account: destination, originating_transaction: charge.id });
    // What the business keeps: the transfer less the fee, as its Express dashboard shows.
    const login = await stripe.accounts.createLoginLink(destination);
    const dashboard = await (await fetch(login.url)).text();
    expect(dashboard).toContain(transfer.id);
    expect(dashboard).toContain("$11.00");
    expect(harness.events().map((event) => event.type)).toEqual(["account.updated", "checkout.session.completed"]);
  });

  it("refunds a destination charge, reversing the transfer and the fee in proportion, until nothing is left", async () => {
    const destination = await onboardedAccount();
    const { intent, charge } = await pay(sessionParams({ application_fee_amount: 150, transfer_data: { destination } }));
    harness.clear();
    const both = { reverse_transfer: true, refund_application_fee: true };
    const part = await stripe.refunds.create({ payment_intent: intent.id, amount: 450, ...both }, { idempotencyKey: `refund-part-${intent.id}` });
    expect(part.transfer_reversal).toMatch(/^trr_/);
    expect(await stripe.transfers.retrieve(charge.transfer as string)).toMatchObject({ amount_reversed: 450, reversed: false });
    expect(await stripe.applicationFees.retrieve(charge.application_fee as string)).toMatchObject({ amount_refunded: 54, refunded: false });

    const rest = await stripe.refunds.create({ payment_intent: intent.id, ...both });
    expect(rest.amount).toBe(800);
    expect(await stripe.transfers.retrieve(charge.transfer as string)).toMatchObject({ amount_reversed: 1250, reversed: true });
    const fee = await stripe.applicationFees.retrieve(charge.application_fee as string);
    expect(fee).toMatchObject({ amount_refunded: 150, refunded: true });
    expect(fee.refunds.data.map((refund) => refund.amount)).toEqual([96, 54]);
    await expect(stripe.refunds.create({ payment_intent: intent.id, ...both })).rejects.toMatchObject({ code: "charge_already_refunded" });
    expect(harness.events().map((event) => [event.type, (event.data.object as Stripe.Charge).amount_refunded])).toEqual([
      ["charge.refunded", 450],
      ["charge.refunded", 1250],
    ]);
  });

  it("transfers from a charge no more than is left of it, and reverses a transfer no more than it holds", async () => {
    const destination = await onboardedAccount();
    const { charge } = await pay(sessionParams({ transfer_group: "order_o7" }));
    expect(charge).toMatchObject({ transfer_group: "order_o7", transfer: null, application_fee: null });
    const transfer = (amount: number, to = destination) =>
      stripe.transfers.create({ amount, currency: "usd", destination: to, source_transaction: charge.id, transfer_group: "order_o7" });
    await expect(transfer(1251)).rejects.toMatchObject({ statusCode: 400, code: "balance_insufficient" });
    const first = await transfer(1000);
    expect(first).toMatchObject({ object: "transfer", amount: 1000, destination, source_transaction: charge.id, transfer_group: "order_o7" });
    await expect(transfer(251)).rejects.toMatchObject({ code: "balance_insufficient" });
    const fresh = await stripe.accounts.create({ type: "express" });
    await expect(transfer(100, fresh.id)).rejects.toMatchObject({ param: "destination", code: "insufficient_capabilities_for_transfer" });
    const unknownSource = stripe.transfers.create({ amount: 100, currency: "usd", destination, source_transaction: "ch_nope" });
    await expect(unknownSource).rejects.toMatchObject({ code: "resource_missing" });

    const reversal = await stripe.transfers.createReversal(first.id, { amount: 400, metadata: { reason: "item unavailable" } });
    expect(reversal).toMatchObject({ object: "transfer_reversal", amount: 400, transfer: first.id, metadata: { reason: "item unavailable" } });
    await expect(stripe.transfers.createReversal(first.id, { amount: 601 })).rejects.toMatchObject({ param: "amount" });
    const all = await stripe.transfers.createReversal(first.id);
    expect(all.amount).toBe(600);
    expect(await stripe.transfers.retrieve(first.id)).toMatchObject({ amount_reversed: 1000, reversed: true, reversals: { total_count: 2 } });
    // Reversed money is back on the platform and may be transferred again.
    const again = await transfer(1250);
    expect(again.amount).toBe(1250);
    // Listed newest first, by group and by destination; another group has none.
    const grouped = await stripe.transfers.list({ transfer_group: "order_o7", limit: 1 });
    expect(grouped).toMatchObject({ has_more: true, data: [{ id: again.id }] });
    expect((await stripe.transfers.list({ transfer_group: "order_o7", starting_after: again.id })).data.map((each) => each.id)).toEqual([first.id]);
    expect((await stripe.transfers.list({ transfer_group: "order_o7", destination: fresh.id })).data).toEqual([]);
    expect((await stripe.transfers.list({ transfer_group: "order_other" })).data).toEqual([]);
  });

  it("refunds an application fee on its own, in part or whole, never more than is left", async () => {
    const destination = await onboardedAccount();
    const { charge } = await pay(sessionParams({ application_fee_amount: 200, transfer_data: { destination } }));
    const feeId = charge.application_fee as string;
    expect(await stripe.applicationFees.createRefund(feeId, { amount: 50 })).toMatchObject({ object: "fee_refund", amount: 50, fee: feeId });
    await expect(stripe.applicationFees.createRefund(feeId, { amount: 151 })).rejects.toMatchObject({ param: "amount" });
    expect((await stripe.applicationFees.createRefund(feeId)).amount).toBe(150);
    await expect(stripe.applicationFees.createRefund(feeId)).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe.applicationFees.retrieve("fee_nope")).rejects.toMatchObject({ statusCode: 404 });
  });

  it("reverses part of a destination charge's transfer with the same share of its fee", async () => {
    const destination = await onboardedAccount();
    const { charge } = await pay(sessionParams({ application_fee_amount: 200, transfer_data: { destination } }));
    const reversal = await stripe.transfers.createReversal(charge.transfer as string, { amount: 625, refund_application_fee: true });
    expect(reversal.amount).toBe(625);
    expect(await stripe.applicationFees.retrieve(charge.application_fee as string)).toMatchObject({ amount_refunded: 100 });
    await stripe.transfers.createReversal(charge.transfer as string, { refund_application_fee: true });
    expect(await stripe.applicationFees.retrieve(charge.application_fee as string)).toMatchObject({ amount_refunded: 200, refunded: true });
  });

  it("lists the platform's balance transactions newest first, by date range and page", async () => {
    const since = Math.floor(Date.now() / 1000);
    const destination = await onboardedAccount();
    const { intent, charge } = await pay(sessionParams({ application_fee_amount: 150, transfer_data: { destination } }));
    await stripe.refunds.create({ payment_intent: intent.id, amount: 250, reverse_transfer: true, refund_application_fee: true });
    const list = await stripe.balanceTransactions.list({ created: { gte: since }, limit: 100 });
    expect(list).toMatchObject({ object: "list", has_more: false, url: "/v1/balance_transactions" });
    const mine = list.data.filter((txn) => txn.created >= since);
    const [refund, feeRefund, reversal, fee, transfer, charged] = mine.slice(0, 6);
    expect([refund, feeRefund, reversal, fee, transfer, charged].map((txn) => [txn?.type, txn?.amount])).toEqual([
      ["refund", -250],
      ["application_fee_refund", -30],
      ["transfer_refund", 250],
      ["application_fee", 150],
      ["transfer", -1250],
      ["charge", 1250],
    ]);
    expect(charged).toMatchObject({ fee: 0, net: 1250, source: charge.id, status: "pending" });
    expect(await stripe.balanceTransactions.retrieve(charged?.id ?? "")).toEqual(charged);
    const firstPage = await stripe.balanceTransactions.list({ limit: 2 });
    expect(firstPage.has_more).toBe(true);
    const paged = await stripe.balanceTransactions.list({ limit: 2 }).autoPagingToArray({ limit: 1000 });
    expect(paged.map((txn) => txn.id)).toEqual((await stripe.balanceTransactions.list({ limit: 100 })).data.map((txn) => txn.id));
    // Everything here happened within the last minute.
    expect((await stripe.balanceTransactions.list({ created: { lt: since - 60 } })).data).toEqual([]);
  });

  it("opens a dispute on a charge (charge.dispute.created) and closes it won, the money back (charge.dispute.closed)", async () => {
    const { charge } = await pay(sessionParams());
    harness.clear();
    const dispute = await harness.stub.openDispute(charge.id);
    expect(dispute).toMatchObject({ object: "dispute", amount: 1250, charge: charge.id, payment_intent: charge.payment_intent });
    expect(dispute).toMatchObject({ reason: "fraudulent", status: "needs_response" });
    expect(String(dispute.id)).toMatch(/^du_/);
    const [event] = harness.events();
    expect(event).toMatchObject({ type: "charge.dispute.created", data: { object: { id: dispute.id, charge: charge.id } } });
    expect(await stripe.disputes.retrieve(dispute.id)).toMatchObject({ status: "needs_response" });
    expect((await stripe.charges.retrieve(charge.id)).disputed).toBe(true);
    await expect(harness.stub.openDispute(charge.id)).rejects.toThrow(/already been disputed/);
    harness.clear();
    const won = await harness.stub.closeDispute(String(dispute.id), "won");
    expect(won).toMatchObject({ id: dispute.id, status: "won" });
    expect(harness.events().map((each) => [each.type, (each.data.object as Stripe.Dispute).status])).toEqual([["charge.dispute.closed", "won"]]);
    expect(await stripe.disputes.retrieve(dispute.id)).toMatchObject({ status: "won" });
    const reinstated = await stripe.balanceTransactions.list({ type: "adjustment", source: String(dispute.id) });
    expect(reinstated.data.map((txn) => txn.amount)).toContain(1250);
    await expect(harness.stub.closeDispute(String(dispute.id), "lost")).rejects.toThrow(/already closed/);
  });
});
