import { describe, expect, it } from "vitest";
import { assertCheckoutMatchesOrder, type PaidCheckout } from "./paid-checkout";

const order = { id: "order-1", totalCents: 2500, currency: "usd" };
const checkout: PaidCheckout = { checkoutSessionId: "cs_1", orderId: "order-1", paymentIntentId: "pi_1", amountTotalCents: 2500, currency: "USD", shippingAddress: null };

describe("assertCheckoutMatchesOrder", () => {
  it("accepts the order's own amount and currency (in any case), and a session that states neither", () => {
    expect(() => assertCheckoutMatchesOrder(checkout, order)).not.toThrow();
    expect(() => assertCheckoutMatchesOrder({ ...checkout, amountTotalCents: null, currency: null }, order)).not.toThrow();
  });

  it("refuses another amount or currency", () => {
    expect(() => assertCheckoutMatchesOrder({ ...checkout, amountTotalCents: 1 }, order)).toThrow("paid 1, order order-1 costs 2500");
    expect(() => assertCheckoutMatchesOrder({ ...checkout, currency: "eur" }, order)).toThrow("paid in eur");
  });
});
