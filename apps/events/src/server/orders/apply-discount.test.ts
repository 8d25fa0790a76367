import { describe, expect, it } from "vitest";
import { generateTicketCode } from "../tickets/generate-ticket-code";
import { applyDiscount } from "./apply-discount";

describe("applyDiscount", () => {
  it.each([
    [3000, "percent", 25, 750],
    [999, "percent", 50, 499],
    [3000, "percent", 100, 3000],
    [3000, "amount", 1000, 1000],
    [500, "amount", 1000, 500],
    [0, "percent", 50, 0],
  ] as const)("%i cents, %s %i → %i off", (subtotalCents, kind, value, expected) => {
    expect(applyDiscount({ subtotalCents, kind, value })).toBe(expected);
  });
});

describe("generateTicketCode", () => {
  it("makes unambiguous, distinct codes", () => {
    const codes = new Set(Array.from({ length: 2000 }, generateTicketCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });
});
