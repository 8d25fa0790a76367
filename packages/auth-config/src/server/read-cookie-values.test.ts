import { describe, expect, it } from "vitest";
import { readCookieValues } from "./read-cookie-values";
import { withoutCookie } from "./without-cookie";

describe("readCookieValues", () => {
  it("returns every value of the name in order, once each", () => {
    expect(readCookieValues("a=1; s=host; b=2; s=shared; s=host", "s")).toEqual(["host", "shared"]);
    expect(readCookieValues('s="quoted"', "s")).toEqual(["quoted"]);
    expect(readCookieValues("xs=1; s.0=2; s=", "s")).toEqual([]);
    expect(readCookieValues(null, "s")).toEqual([]);
  });
});

describe("withoutCookie", () => {
  it("drops every pair of the name and keeps the rest", () => {
    expect(withoutCookie("a=1; s=x; b=2; s=y", "s")).toBe("a=1; b=2");
    expect(withoutCookie("s=x", "s")).toBeNull();
  });
});
