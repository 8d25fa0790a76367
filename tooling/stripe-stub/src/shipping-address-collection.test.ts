import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeStub, type StripeStub } from "./start-stripe-stub";

const account = { secretKey: "sk_test_stub_ship_0123456789", webhookSecret: "whsec_stub_ship_0123456789", webhookUrl: "http://127.0.0.1:9/" };
let stub: StripeStub;
let stripe: Stripe;

beforeAll(async () => {
  stub = await startStripeStub({ accounts: [account], retryDelaysMs: [] });
  const url = new URL(stub.url);
  stripe = new Stripe(account.secretKey, { host: url.hostname, port: url.port, protocol: "http", maxNetworkRetries: 0 });
});
afterAll(() => stub?.close());

const session = (overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}) =>
  stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 9_500, product_data: { name: "Glide Oxford" } } }],
    success_url: "https://store.stepperslife.test/orders/o1?session_id={CHECKOUT_SESSION_ID}",
    shipping_address_collection: { allowed_countries: ["US", "CA"] },
    ...overrides,
  });

const address = { shipping_name: "Cy Customer", shipping_line1: "4200 S Cottage Grove Ave", shipping_line2: "", shipping_city: "Chicago",
  shipping_state: "IL", shipping_postal_code: "60653", shipping_country: "US" };
const pay = (id: string, form: Record<string, string>) =>
  fetch(`${stub.url}/pay/${id}`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) });

describe("shipping address collection", () => {
  it("refuses unknown countries, an empty list and metadata beyond Stripe's limits", async () => {
    await expect(session({ shipping_address_collection: { allowed_countries: ["QQ" as "US"] } })).rejects.toThrow(/shipping_address_collection/);
    // The SDK sends an empty list as no list at all; the stub sees it raw and refuses it as Stripe does.
    const raw = await fetch(`${stub.url}/v1/checkout/sessions`, {
      method: "POST",
      headers: { authorization: `Bearer ${account.secretKey}`, "content-type": "application/x-www-form-urlencoded" },
      body: "mode=payment&success_url=https%3A%2F%2Fstore.stepperslife.test%2F&line_items[0][quantity]=1&line_items[0][price_data][currency]=usd" +
        "&line_items[0][price_data][unit_amount]=100&line_items[0][price_data][product_data][name]=X&shipping_address_collection[allowed_countries]=",
    });
    expect(raw.status).toBe(400);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, n) => [`k${n}`, "v"]));
    await expect(session({ metadata: many })).rejects.toThrow(/at most 50 keys/);
    await expect(session({ metadata: { ["k".repeat(41)]: "v" } })).rejects.toThrow(/Invalid metadata/);
  });

  it("asks for the address on the hosted page, in the allowed countries only, and keeps what was typed", async () => {
    const created = await session();
    expect(created.shipping_address_collection).toEqual({ allowed_countries: ["US", "CA"] });
    const page = await (await fetch(`${stub.url}/pay/${created.id}`)).text();
    for (const name of ["shipping_name", "shipping_line1", "shipping_city", "shipping_postal_code"]) expect(page).toContain(`name="${name}"`);
    expect(page.match(/<option value="([A-Z]{2})"/g)).toEqual(['<option value="US"', '<option value="CA"']);

    const paid = await pay(created.id, address);
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`https://store.stepperslife.test/orders/o1?session_id=${created.id}`);
    expect((await stripe.checkout.sessions.retrieve(created.id)).collected_information?.shipping_details).toEqual({
      name: "Cy Customer",
      address: { line1: "4200 S Cottage Grove Ave", line2: null, city: "Chicago", state: "IL", postal_code: "60653", country: "US" },
    });
  });

  it("shows the page again with why for an address Checkout would refuse, paying nothing, then takes a good one", async () => {
    const created = await session();
    for (const form of [{ ...address, shipping_country: "FR" }, { ...address, shipping_city: " " }]) {
      const refused = await pay(created.id, form);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/role="alert"[^>]*>[^<]*(ships only to US, CA|needs its city)/);
      expect((await stripe.checkout.sessions.retrieve(created.id)).status).toBe("open");
    }
    expect((await pay(created.id, address)).status).toBe(303);
    expect((await stripe.checkout.sessions.retrieve(created.id)).payment_status).toBe("paid");
  });

  it("completes from a test with a given address or the page's prefilled one, and refuses one where none is collected", async () => {
    const given = await session();
    await stub.completeCheckout(given.id, { shippingAddress: { name: "Bo", address: { line1: "1 Rue", city: "Toronto", postal_code: "M5V", country: "ca" } } });
    expect((await stripe.checkout.sessions.retrieve(given.id)).collected_information?.shipping_details?.address).toMatchObject({ city: "Toronto", country: "CA" });
    const prefilled = await session({ shipping_address_collection: { allowed_countries: ["CA"] } });
    await stub.completeCheckout(prefilled.id);
    expect((await stripe.checkout.sessions.retrieve(prefilled.id)).collected_information?.shipping_details?.address.country).toBe("CA");
    const none = await session({ shipping_address_collection: undefined });
    await expect(stub.completeCheckout(none.id, { shippingAddress: { name: "Bo", address: { line1: "1 Main", city: "Chicago", postal_code: "60601", country: "US" } } })).rejects.toThrow(
      /does not collect a shipping address/,
    );
  });

  it("lists a charge's refunds newest first, page by page", async () => {
    const created = await session({ shipping_address_collection: undefined });
    await stub.completeCheckout(created.id);
    const intent = (await stripe.checkout.sessions.retrieve(created.id)).payment_intent as string;
    const made = [];
    for (const amount of [100, 200, 300]) made.push(await stripe.refunds.create({ payment_intent: intent, amount, metadata: { n: String(amount) } }));
    const other = await session({ shipping_address_collection: undefined });
    await stub.completeCheckout(other.id);
    await stripe.refunds.create({ payment_intent: (await stripe.checkout.sessions.retrieve(other.id)).payment_intent as string, amount: 50 });
    const charge = (await stripe.paymentIntents.retrieve(intent)).latest_charge as string;
    const first = await stripe.refunds.list({ charge, limit: 2 });
    expect(first.data.map((refund) => refund.amount)).toEqual([300, 200]);
    expect(first.has_more).toBe(true);
    const all = await stripe.refunds.list({ charge, limit: 2 }).autoPagingToArray({ limit: 10 });
    expect(all.map((refund) => refund.id)).toEqual(made.map((refund) => refund.id).reverse());
  });
});
