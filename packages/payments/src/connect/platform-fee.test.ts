import { describe, expect, it } from "vitest";
import { platformFeeCents } from "./platform-fee";

describe("platformFeeCents", () => {
  it("takes the percentage to the nearest cent, plus the fixed part", () => {
    expect(platformFeeCents(1_500, { percent: 5, fixedCents: 0 })).toBe(75);
    expect(platformFeeCents(1_999, { percent: 2.9, fixedCents: 30 })).toBe(58 + 30);
    expect(platformFeeCents(1_010, { percent: 5, fixedCents: 0 })).toBe(51);
  });

  it("never takes more than the payment, nothing from a free order, and refuses a broken amount", () => {
    expect(platformFeeCents(40, { percent: 10, fixedCents: 50 })).toBe(40);
    expect(platformFeeCents(0, { percent: 5, fixedCents: 30 })).toBe(0);
    expect(platformFeeCents(1_000, { percent: 0, fixedCents: 0 })).toBe(0);
    expect(() => platformFeeCents(10.5, { percent: 5, fixedCents: 0 })).toThrow(RangeError);
  });
});
