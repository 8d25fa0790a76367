import { describe, expect, it } from "vitest";
import { decodeFormBody } from "./decode-form-body";

describe("decodeFormBody", () => {
  it("rebuilds nested objects and arrays from Stripe's bracket notation", () => {
    const body =
      "mode=payment&line_items[0][price_data][unit_amount]=1250&line_items[0][quantity]=2&line_items[1][quantity]=1" +
      "&metadata[orderId]=o%201&success_url=http%3A%2F%2Fx%2Fok%3Fid%3D%7BCHECKOUT_SESSION_ID%7D&expand[0]=payment_intent";
    expect(decodeFormBody(body)).toEqual({
      mode: "payment",
      line_items: [{ price_data: { unit_amount: "1250" }, quantity: "2" }, { quantity: "1" }],
      metadata: { orderId: "o 1" },
      success_url: "http://x/ok?id={CHECKOUT_SESSION_ID}",
      expand: ["payment_intent"],
    });
  });

  it("reads empty brackets as appending to an array", () => {
    expect(decodeFormBody("expand[]=latest_charge&expand[]=latest_charge.transfer")).toEqual({ expand: ["latest_charge", "latest_charge.transfer"] });
  });

  it("orders indexed entries numerically", () => {
    const items = Array.from({ length: 12 }, (_, i) => `a[${i}]=${i}`).join("&");
    expect(decodeFormBody(items).a).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
  });
});
