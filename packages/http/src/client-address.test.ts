import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const withForwardedFor = (value?: string) =>
  new Request("http://localhost/api/x", { headers: value === undefined ? {} : { "x-forwarded-for": value } });

describe("clientAddress", () => {
  it("reads the one address the app server wrote", () => {
    expect(clientAddress(withForwardedFor("203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(withForwardedFor(" 2001:DB8::7 "))).toBe("2001:db8::7");
  });

  it("believes nothing that did not come through the app server: no header, a chain, or not an address", () => {
    for (const value of [undefined, "", "203.0.113.9, 127.0.0.1", "unknown", "1.2.3.4:80", "<script>"]) {
      expect(clientAddress(withForwardedFor(value)), String(value)).toBeNull();
    }
  });
});
