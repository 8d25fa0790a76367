import { InvalidEnvError } from "@stepperslife/env";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defineVertical } from "./define-vertical";

/** Stands in for an app's generated client: records how it was built and answers the health check's query. */
class FakePrismaClient {
  static built: { adapter: unknown }[] = [];
  constructor(readonly options: { adapter: unknown }) {
    FakePrismaClient.built.push(options);
  }
  async $queryRaw<T = unknown>(): Promise<T> {
    return [{ ok: 1 }] as T;
  }
  async $disconnect() {}
}

const validEnv = {
  DATABASE_URL: "postgres://store_app:secret@127.0.0.1:5439/stepperslife_store",
  DATABASE_POOL_SIZE: "7",
  S3_ENDPOINT: "http://127.0.0.1:9",
  S3_ACCESS_KEY: "store-app",
  S3_SECRET_KEY: "store-secret-key",
  S3_BUCKET: "store",
  AUTH_SECRET: "a-test-secret-of-at-least-thirty-two-characters",
  // Nothing listens here: the revocation feed counts as unavailable.
  PORTAL_INTERNAL_URL: "http://127.0.0.1:9",
};

const saved = { ...process.env };
beforeEach(() => {
  const stripe = ["STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET"];
  const read = [...Object.keys(validEnv), ...stripe, "ROOT_DOMAIN", "PUBLIC_PROTOCOL", "PUBLIC_PORTS"];
  for (const name of read) delete process.env[name];
  FakePrismaClient.built = [];
  delete (globalThis as { stepperslifeVerticalClients?: unknown }).stepperslifeVerticalClients;
});
afterEach(() => {
  process.env = { ...saved };
});

describe("defineVertical", () => {
  it("reads no env and builds no client when defined (as during next build), and names a missing variable on first use", () => {
    const vertical = defineVertical({ name: "store", PrismaClient: FakePrismaClient, version: "1.2.3" });
    expect(vertical.service.name).toBe("store");
    expect(FakePrismaClient.built).toHaveLength(0);
    expect(() => vertical.env()).toThrow(InvalidEnvError);
    expect(() => vertical.env()).toThrow(/DATABASE_URL/);
  });

  it("builds one client of the app's own class, on a pool of DATABASE_POOL_SIZE, reused across calls and reloads", () => {
    Object.assign(process.env, validEnv);
    const vertical = defineVertical({ name: "store", PrismaClient: FakePrismaClient, version: "1.2.3" });
    const db = vertical.db();
    expect(db).toBeInstanceOf(FakePrismaClient);
    expect(vertical.db()).toBe(db);
    // A module re-evaluated by `next dev` defines the vertical again: the pool is the same one.
    expect(defineVertical({ name: "store", PrismaClient: FakePrismaClient, version: "1.2.3" }).db()).toBe(db);
    expect(FakePrismaClient.built).toHaveLength(1);
    expect(JSON.stringify(FakePrismaClient.built[0]!.adapter)).toContain('"max":7');
  });

  it("derives the app's public origin from the manifest and the public address env", () => {
    Object.assign(process.env, validEnv, { ROOT_DOMAIN: "stepperslife.com", PUBLIC_PROTOCOL: "https", PUBLIC_PORTS: "false" });
    const vertical = defineVertical({ name: "store", PrismaClient: FakePrismaClient, version: "1.2.3" });
    expect(vertical.baseUrl()).toBe("https://store.stepperslife.com");
  });

  it("has no Stripe account, refunder or webhook without Stripe keys", async () => {
    Object.assign(process.env, validEnv);
    const vertical = defineVertical({ name: "store", PrismaClient: FakePrismaClient, version: "1.2.3" });
    expect(vertical.payments()).toBeNull();
    expect(vertical.refunder()).toBeNull();
    expect(vertical.checkoutExpirer()).toBeNull();
    const markPaid = vi.fn();
    const never = () => Promise.reject(new Error("not without Stripe"));
    const checkout = vertical.checkout({
      scopeKey: "shopId",
      notOwnedMessage: "There is no such webhook event for your shops.",
      noCardPaymentsMessage: "This shop does not take card payments yet.",
      loadCheckoutOrder: never,
      saveCheckoutSession: never,
      cancelUnstartedOrder: never,
      markPaid,
      cancelUnpaid: never,
      recordLateRefund: never,
      findOrderCheckout: never,
      listOwnedScopeIds: never,
    });
    const delivery = new Request("http://localhost/api/stripe/webhook", { method: "POST", body: "{}" });
    expect((await checkout.routes.stripeWebhook.POST(delivery)).status).toBe(404);
    await expect(checkout.startCheckout("order-1")).rejects.toMatchObject({ status: 503 });
    await checkout.confirmCheckout({ orderId: "order-1", sessionId: "cs_1" });
    expect(markPaid).not.toHaveBeenCalled();
  });

  it("answers the portal's feed and search with empty lists until the app gives its own loaders", async () => {
    Object.assign(process.env, validEnv);
    const shell = defineVertical({ name: "store", PrismaClient: FakePrismaClient, version: "1.2.3" });
    const feed = await shell.routes.feed.GET(new Request("http://localhost/api/feed"));
    expect(feed.status).toBe(200);
    expect(await feed.json()).toEqual({ app: "store", items: [] });
    const search = await shell.routes.search.GET(new Request("http://localhost/api/search?q=shoes"));
    expect(await search.json()).toEqual({ app: "store", query: "shoes", items: [] });
  });
});
