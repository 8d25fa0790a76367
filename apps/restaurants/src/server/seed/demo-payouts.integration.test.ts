import { routeClientFor, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { createConnectedAccountStore, createPayments, startOnboarding } from "@stepperslife/payments";
import { readVerticalEnv } from "@stepperslife/vertical";
import { connectDemoBusinesses } from "@stepperslife/vertical/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { claimDemoRestaurants } from "../restaurants/claim-demo-restaurants";
import { seedDemoRestaurants } from "./seed-demo-restaurants";

const { ownerA } = routeClientFor("restaurants");
let app: VerticalTestApp<PrismaClient>;

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db });
});
afterAll(() => app?.close());

describe("demo payouts on the local Stripe stand-in", () => {
  it("gives each demo restaurant a finished payout account once, and none to a restaurant once it is taken over", async () => {
    const demo = (await app.db.restaurant.findMany({ select: { id: true } })).map(({ id }) => id);
    const env = readVerticalEnv();
    expect(env.STRIPE_API_URL).toBe(app.stripe.url);
    expect(await connectDemoBusinesses({ db: app.db, env, businessIds: demo })).toHaveLength(demo.length);
    expect(await connectDemoBusinesses({ db: app.db, env, businessIds: demo })).toEqual([]);
    const accounts = await app.db.connectedAccount.findMany();
    expect(accounts).toHaveLength(demo.length);
    expect(accounts.every((account) => account.chargesEnabled && account.payoutsEnabled)).toBe(true);

    // The demo accounts stay with the demo: whoever takes the restaurants over sets up payouts of their own.
    const demoAccount = accounts.find((account) => account.businessId === demo[0])!.id;
    expect(await claimDemoRestaurants({ db: app.db, ownerId: ownerA.id })).toBe(demo.length);
    expect(await app.db.connectedAccount.count()).toBe(0);
    const payments = createPayments(env)!;
    const store = createConnectedAccountStore(app.db);
    await startOnboarding(payments, store, {
      businessId: demo[0]!,
      ownerId: ownerA.id,
      country: "US",
      businessType: "company",
      email: ownerA.email,
      returnUrl: "https://restaurants.stepperslife.test/get-paid",
      refreshUrl: "https://restaurants.stepperslife.test/refresh",
    });
    const own = await store.findByBusiness(demo[0]!);
    expect(own).toMatchObject({ ownerId: ownerA.id, chargesEnabled: false });
    expect(own!.id).not.toBe(demoAccount);
  });

  it("does nothing against real Stripe (no stand-in URL)", async () => {
    const env = { ...readVerticalEnv(), STRIPE_API_URL: undefined };
    expect(await connectDemoBusinesses({ db: app.db, env, businessIds: ["anything"] })).toEqual([]);
  });
});
