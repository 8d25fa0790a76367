import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startStripeStub, type StripeStub } from "@stepperslife/stripe-stub";
import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPayments, type Payments } from "../create-payments";
import { createWebhookEventStore } from "../create-webhook-event-store";
import { handleStripeWebhook } from "../handle-stripe-webhook";
import { connectedAccountsTableSql } from "../testing/connected-accounts-table-sql";
import { createPgRawSqlClient } from "../testing/create-pg-raw-sql-client";
import { expectTableMatchesModel } from "../testing/expect-table-matches-model";
import { webhookEventsTableSql } from "../testing/webhook-events-table-sql";
import { connectedAccountHandlers } from "./connected-account-handlers";
import { createConnectedAccountStore, type ConnectedAccountStore } from "./create-connected-account-store";
import { createDashboardLink } from "./create-dashboard-link";
import { refreshConnectedAccount } from "./refresh-connected-account";
import { startOnboarding } from "./start-onboarding";

const keys = { STRIPE_SECRET_KEY: "sk_test_connect_0123456789", STRIPE_PUBLISHABLE_KEY: "pk_test_connect_0123456789", STRIPE_WEBHOOK_SECRET: "whsec_connect_0123456789" };
const app = "https://shop.stepperslife.test";

let database: TestDatabase;
let db: ReturnType<typeof createPgRawSqlClient>;
let stub: StripeStub;
let receiver: Server;
let payments: Payments;
let store: ConnectedAccountStore;

beforeAll(async () => {
  database = await createTestDatabase("payments_connect_onboarding");
  db = createPgRawSqlClient(database.url);
  await db.$queryRaw([webhookEventsTableSql] as unknown as TemplateStringsArray);
  await db.$queryRaw([connectedAccountsTableSql] as unknown as TemplateStringsArray);
  store = createConnectedAccountStore(db);
  const events = createWebhookEventStore(db);
  // The app's webhook route: the real handler, with the Connect handlers every vertical gets.
  receiver = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = new Request("http://127.0.0.1/api/stripe/webhook", { method: "POST", headers: incoming.headers as Record<string, string>, body: Buffer.concat(chunks) });
    const response = await handleStripeWebhook({ payments, store: events, handlers: connectedAccountHandlers({ payments, store: () => store }), request });
    outgoing.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/stripe/webhook`;
  stub = await startStripeStub({ accounts: [{ secretKey: keys.STRIPE_SECRET_KEY, webhookSecret: keys.STRIPE_WEBHOOK_SECRET, webhookUrl }], retryDelaysMs: [] });
  payments = createPayments({ ...keys, STRIPE_API_URL: stub.url })!;
});

afterAll(async () => {
  await stub?.close();
  await new Promise((resolve) => receiver?.close(resolve));
  await db?.end();
  await database?.drop();
});

const onboardingFor = (businessId: string, country = "US") => ({
  businessId,
  ownerId: "owner-a",
  country,
  businessType: "company" as const,
  email: "owner@example.com",
  returnUrl: `${app}/dashboard/get-paid?business=${businessId}&onboarding=returned`,
  refreshUrl: `${app}/api/owner/payout-account/onboarding?business=${businessId}`,
});

describe("Connect onboarding", () => {
  it("creates one Express account per business whatever races, and links into hosted onboarding", async () => {
    const links = await Promise.all(Array.from({ length: 4 }, () => startOnboarding(payments, store, onboardingFor("shop-race"))));
    expect(new Set(links.map((link) => link.url)).size).toBe(4);
    for (const link of links) expect(link.url.startsWith(stub.url)).toBe(true);
    const record = await store.findByBusiness("shop-race");
    expect(record).toMatchObject({ businessId: "shop-race", country: "US", businessType: "company", status: "details_needed", chargesEnabled: false });
    const account = await payments.stripe.accounts.retrieve(record!.id);
    expect(account.type).toBe("express");
    expect(account.metadata).toEqual({ businessId: "shop-race" });
    const rows = await db.$queryRaw<Array<{ count: bigint }>>`SELECT count(*) FROM connected_accounts WHERE business_id = 'shop-race'`;
    expect(Number(rows[0]?.count)).toBe(1);
  });

  it("keeps the state current from account.updated, and from Stripe itself on the owner's return", async () => {
    const { url } = await startOnboarding(payments, store, onboardingFor("shop-onboards"));
    const accountId = (await store.findByBusiness("shop-onboards"))!.id;
    await expect(createDashboardLink(payments, accountId)).rejects.toBeTruthy();

    // The owner finishes Stripe's hosted form: the stand-in sends them back to the vertical's own page.
    const finished = await fetch(url, { method: "POST", redirect: "manual" });
    expect(finished.status).toBe(303);
    expect(finished.headers.get("location")).toBe(onboardingFor("shop-onboards").returnUrl);
    await expect.poll(async () => (await store.findByBusiness("shop-onboards"))?.status).toBe("payouts_enabled");
    const [logged] = await db.$queryRaw<Array<{ outcome: string }>>`
      SELECT outcome FROM stripe_webhook_events WHERE type = 'account.updated' AND payload ->> 'account' = ${accountId}`;
    expect(logged?.outcome).toBe("processed");
    expect((await createDashboardLink(payments, accountId)).url).toContain(stub.url);

    // Stripe puts a hold on the account; the return from onboarding reads the same truth without the webhook.
    await db.$queryRaw`UPDATE connected_accounts SET charges_enabled = true, requirements_due = '{}' WHERE id = ${accountId}`;
    await stub.restrictAccount(accountId);
    expect((await refreshConnectedAccount(payments, store, accountId))?.status).toBe("details_needed");
  });

  it("ignores the updates of an account that is not one of this app's, and keeps a business on the account it first made", async () => {
    await startOnboarding(payments, store, onboardingFor("shop-once", "US"));
    await expect(startOnboarding(payments, store, onboardingFor("shop-once", "CA"))).resolves.toBeTruthy();
    expect((await store.findByBusiness("shop-once"))?.country).toBe("US");
    const foreign = await payments.stripe.accounts.create({ type: "express", country: "US", business_type: "individual" });
    expect(await refreshConnectedAccount(payments, store, foreign.id)).toBeNull();
  });

  it("keeps the email of the owner who set payouts up, current each time that owner comes back, and no one else's", async () => {
    await startOnboarding(payments, store, onboardingFor("shop-email"));
    const first = await store.findByBusiness("shop-email");
    expect(first).toMatchObject({ ownerId: "owner-a", ownerEmail: "owner@example.com" });
    await startOnboarding(payments, store, { ...onboardingFor("shop-email"), email: "owner.new@example.com" });
    expect(await store.findByBusiness("shop-email")).toMatchObject({ id: first!.id, ownerEmail: "owner.new@example.com" });
    await startOnboarding(payments, store, { ...onboardingFor("shop-email"), ownerId: "owner-b", email: "someone.else@example.com" });
    expect(await store.findByBusiness("shop-email")).toMatchObject({ id: first!.id, ownerId: "owner-a", ownerEmail: "owner.new@example.com" });
  });

  it("uses exactly the table the shared Prisma model (prisma/connected-account.prisma) migrates to", async () => {
    await expectTableMatchesModel({ modelFile: "connected-account.prisma", model: "ConnectedAccount", tableSql: connectedAccountsTableSql });
  });
});
