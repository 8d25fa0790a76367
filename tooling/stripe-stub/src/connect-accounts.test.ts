import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { otherPlatform, platform, startStubTestHarness, type StubTestHarness } from "./stub-test-harness";

let harness: StubTestHarness;
let stripe: Stripe;

const returnUrl = "https://restaurants.stepperslife.com/owner/payouts?onboarding=done";
const refreshUrl = "https://restaurants.stepperslife.com/owner/payouts/onboarding-link";

const newAccount = () =>
  stripe.accounts.create({
    type: "express",
    business_type: "individual",
    email: "chef@example.com",
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    metadata: { restaurantId: "r1" },
  });

const onboardingLink = (account: string) =>
  stripe.accountLinks.create({ account, type: "account_onboarding", refresh_url: refreshUrl, return_url: returnUrl });

beforeAll(async () => {
  harness = await startStubTestHarness();
  stripe = harness.sdk(platform.secretKey);
});

afterAll(() => harness.close());

beforeEach(() => harness.clear());

describe("stripe stub Connect accounts, driven by the real stripe SDK", () => {
  it("creates an Express account that can do nothing until onboarded, visible to its platform only", async () => {
    const account = await newAccount();
    expect(account.id).toMatch(/^acct_/);
    expect(account).toMatchObject({
      object: "account",
      type: "express",
      country: "US",
      default_currency: "usd",
      email: "chef@example.com",
      business_type: "individual",
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      capabilities: { card_payments: "inactive", transfers: "inactive" },
      metadata: { restaurantId: "r1" },
      requirements: { disabled_reason: "requirements.past_due" },
    });
    expect(account.requirements?.currently_due).toEqual(expect.arrayContaining(["external_account", "individual.first_name", "tos_acceptance.date"]));
    expect(await stripe.accounts.retrieve(account.id)).toEqual(account);
    const elsewhere = harness.sdk(otherPlatform.secretKey).accounts.retrieve(account.id);
    await expect(elsewhere).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
    await expect(stripe.accounts.retrieve("acct_nope")).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
  });

  it("refuses what it does not emulate or Stripe would refuse", async () => {
    await expect(stripe.accounts.create({ type: "standard" })).rejects.toMatchObject({ statusCode: 400, param: "type" });
    await expect(stripe.accounts.create({ type: "express", country: "USA" })).rejects.toMatchObject({ param: "country" });
    const unknown = { type: "express", nickname: "x" } as Stripe.AccountCreateParams;
    await expect(stripe.accounts.create(unknown)).rejects.toMatchObject({ message: "Received unknown parameter: nickname" });
    const account = await newAccount();
    const link = { account: account.id, type: "account_onboarding" as const, refresh_url: refreshUrl, return_url: returnUrl };
    await expect(stripe.accountLinks.create({ ...link, return_url: "ftp://nope" })).rejects.toMatchObject({ param: "return_url" });
    await expect(stripe.accountLinks.create({ ...link, type: "account_update" })).rejects.toMatchObject({ param: "type" });
    await expect(stripe.accountLinks.create({ ...link, account: "acct_nope" })).rejects.toMatchObject({ statusCode: 400, code: "resource_missing" });
  });

  it("onboards through the hosted page: Complete → 303 to return_url, then a signed account.updated Connect event", async () => {
    const account = await newAccount();
    const link = await onboardingLink(account.id);
    expect(link).toMatchObject({ object: "account_link" });
    expect(link.url).toMatch(new RegExp(`^${harness.stub.url}/connect/onboarding/`));
    expect(link.expires_at - link.created).toBe(300);

    const page = await fetch(link.url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain(`Test onboarding for ${account.id}`);
    expect(html).toContain(">Complete onboarding</button>");
    expect(html).toContain(`<a id="leave" href="${returnUrl}">Leave without finishing</a>`);

    const complete = await fetch(link.url, { method: "POST", redirect: "manual" });
    expect(complete.status).toBe(303);
    expect(complete.headers.get("location")).toBe(returnUrl);
    const [event, ...others] = harness.events();
    expect(others).toEqual([]);
    expect(harness.received[0]?.path).toBe("/platform/webhook");
    expect(event).toMatchObject({ type: "account.updated", account: account.id });
    expect(event?.data.object).toMatchObject({ id: account.id, charges_enabled: true, payouts_enabled: true, details_submitted: true });
    expect(event?.data.previous_attributes).toMatchObject({ charges_enabled: false, details_submitted: false });

    const onboarded = await stripe.accounts.retrieve(account.id);
    expect(onboarded).toMatchObject({ charges_enabled: true, capabilities: { card_payments: "active", transfers: "active" } });
    expect(onboarded.requirements).toMatchObject({ currently_due: [], past_due: [], disabled_reason: null });

    // A link is single use: coming back to it sends the browser to refresh_url for a fresh one.
    const again = await fetch(link.url, { redirect: "manual" });
    expect([again.status, again.headers.get("location")]).toEqual([303, refreshUrl]);
  });

  it("sends an expired link to refresh_url and leaves the account as it was", async () => {
    const account = await newAccount();
    const link = await onboardingLink(account.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 301_000);
      const stale = await fetch(link.url, { method: "POST", redirect: "manual" });
      expect([stale.status, stale.headers.get("location")]).toEqual([303, refreshUrl]);
    } finally {
      vi.useRealTimers();
    }
    expect((await stripe.accounts.retrieve(account.id)).details_submitted).toBe(false);
    expect(harness.received).toEqual([]);
    expect((await fetch(`${harness.stub.url}/connect/onboarding/onb_nope`)).status).toBe(404);
  });

  it("gives a login link to the Express dashboard only once onboarding is complete", async () => {
    const account = await newAccount();
    await expect(stripe.accounts.createLoginLink(account.id)).rejects.toMatchObject({ type: "StripeInvalidRequestError", statusCode: 400 });
    await harness.stub.completeOnboarding(account.id);
    const login = await stripe.accounts.createLoginLink(account.id);
    expect(login).toMatchObject({ object: "login_link", url: `${harness.stub.url}/connect/express/${account.id}` });
    const page = await fetch(login.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<title>Express dashboard (test)</title>");
    expect(html).toContain("No transfers yet.");
    await expect(harness.sdk(otherPlatform.secretKey).accounts.createLoginLink(account.id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it("restricts an onboarded account (account.updated), which then cannot receive destination charges", async () => {
    const account = await newAccount();
    await harness.stub.completeOnboarding(account.id);
    // Completing again changes nothing and sends nothing.
    await harness.stub.completeOnboarding(account.id);
    expect(harness.events().map((event) => event.type)).toEqual(["account.updated"]);
    harness.clear();
    await harness.stub.restrictAccount(account.id);
    await expect(harness.stub.restrictAccount("acct_nope")).rejects.toThrow(/no connected account acct_nope/);
    const [event] = harness.events();
    expect(event).toMatchObject({ type: "account.updated", account: account.id, data: { object: { charges_enabled: false } } });
    const restricted = await stripe.accounts.retrieve(account.id);
    expect(restricted.requirements?.currently_due).toEqual(["individual.verification.document"]);
    expect(restricted.requirements?.disabled_reason).toBe("requirements.past_due");
    const destination = stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 1000, product_data: { name: "Plate" } } }],
      success_url: "https://restaurants.stepperslife.com/ok",
      payment_intent_data: { transfer_data: { destination: account.id } },
    });
    await expect(destination).rejects.toMatchObject({ code: "insufficient_capabilities_for_transfer" });
  });

  it("names what it implements when asked for an endpoint it does not", async () => {
    const response = await fetch(`${harness.stub.url}/v1/payouts`, { headers: { authorization: `Bearer ${platform.secretKey}` } });
    const body = (await response.json()) as { error: { message: string } };
    expect(response.status).toBe(404);
    expect(body.error.message).toContain("Unrecognized request URL (GET: /v1/payouts)");
    for (const endpoint of ["POST /v1/accounts", "POST /v1/account_links", "POST /v1/transfers/:id/reversals", "GET /v1/balance_transactions"]) {
      expect(body.error.message).toContain(endpoint);
    }
  });
});
