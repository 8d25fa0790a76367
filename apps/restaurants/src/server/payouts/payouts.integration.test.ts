import { routeClientFor, type Routes, startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoRestaurants } from "../seed/seed-demo-restaurants";

const { callRoute, customer, ownerA, ownerB } = routeClientFor("restaurants");

let app: VerticalTestApp<PrismaClient>;
let routes: Routes;
let restaurantId: string;
const cookies = { a: "", b: "", customer: "" };

beforeAll(async () => {
  app = await startVerticalTestApp({ app: "restaurants" });
  await seedDemoRestaurants({ db: app.db });
  routes = await app.importRoutes();
  cookies.a = await app.cookieFor(ownerA);
  cookies.b = await app.cookieFor(ownerB);
  cookies.customer = await app.cookieFor(customer);
  await callRoute(routes("/api/owner/claim-demo").POST, { method: "POST", cookie: cookies.a });
  restaurantId = (await app.db.restaurant.findFirstOrThrow({ where: { slug: "soul-kitchen-chicago" } })).id;
});
afterAll(() => app?.close());

const startOnboarding = (cookie: string, body: unknown = { businessId: restaurantId, country: "US", businessType: "company" }) =>
  callRoute(routes("/api/owner/payout-account").POST, { method: "POST", body, cookie });
const accountRow = () => app.db.connectedAccount.findUnique({ where: { businessId: restaurantId } });

describe("getting a restaurant paid (Stripe Connect)", () => {
  it("lets only the restaurant's owner start, and refuses a country or kind it does not offer, writing nothing", async () => {
    expect((await startOnboarding(cookies.b)).status).toBe(404);
    expect((await startOnboarding(cookies.customer)).status).toBe(403);
    expect((await startOnboarding(cookies.a, { businessId: restaurantId, country: "XX", businessType: "company" })).status).toBe(422);
    expect((await startOnboarding(cookies.a, { businessId: restaurantId, country: "US", businessType: "government_entity" })).status).toBe(422);
    expect((await startOnboarding(cookies.a, { businessId: "not-a-restaurant", country: "US", businessType: "company" })).status).toBe(404);
    expect(await app.db.connectedAccount.count()).toBe(0);
  });

  it("makes one Express account, sends the owner to onboarding and back, and follows Stripe's state", async () => {
    const started = await startOnboarding(cookies.a);
    expect(started.status).toBe(200);
    expect(started.json.url.startsWith(app.stripe.url)).toBe(true);
    const account = await accountRow();
    expect(account).toMatchObject({ chargesEnabled: false, detailsSubmitted: false, ownerId: ownerA.id, country: "US" });
    expect((await startOnboarding(cookies.a)).status).toBe(200);
    expect(await app.db.connectedAccount.count()).toBe(1);

    // A used or expired link: Stripe sends the owner to the refresh URL, which answers with a fresh link.
    const refresh = await callRoute(routes("/api/owner/payout-account/onboarding").GET, { path: `/api/owner/payout-account/onboarding?businessId=${restaurantId}`, cookie: cookies.a });
    expect(refresh.status).toBe(303);
    expect(refresh.headers.get("location")?.startsWith(app.stripe.url)).toBe(true);
    const dashboard = () => callRoute(routes("/api/owner/payout-account/dashboard-link").POST, { method: "POST", body: { businessId: restaurantId }, cookie: cookies.a });
    expect((await dashboard()).status).toBe(409);

    // The owner finishes at Stripe: account.updated reaches the webhook, and the restaurant can take card payments.
    const finished = await fetch(started.json.url, { method: "POST", redirect: "manual" });
    const back = new URL(finished.headers.get("location")!);
    expect(`${back.pathname}${back.search}`).toBe(`/dashboard/restaurants/${restaurantId}/get-paid?onboarding=returned`);
    await vi.waitFor(async () => expect((await accountRow())?.chargesEnabled).toBe(true), { timeout: 10_000 });
    expect((await dashboard()).json.url.startsWith(app.stripe.url)).toBe(true);
    expect((await app.db.stripeWebhookEvent.findFirstOrThrow({ where: { type: "account.updated" } })).outcome).toBe("processed");
    expect((await callRoute(routes("/api/owner/payout-account/dashboard-link").POST, { method: "POST", body: { businessId: restaurantId }, cookie: cookies.b })).status).toBe(404);
  });
});
