import { describe, expect, it } from "vitest";
import { formatMoney } from "./format-money";

describe("formatMoney", () => {
  it("says integer cents as the currency's amount", () => {
    expect(formatMoney(1250)).toBe("$12.50");
    expect(formatMoney(100_000)).toBe("$1,000.00");
    expect(formatMoney(-350, "usd")).toBe("-$3.50");
    expect(formatMoney(999, "USD")).toBe("$9.99");
    expect(formatMoney(1250, "eur")).toBe("€12.50");
  });

  it("says zero in words when asked", () => {
    expect(formatMoney(0)).toBe("$0.00");
    expect(formatMoney(0, "usd", { zero: "Free" })).toBe("Free");
    expect(formatMoney(1, "usd", { zero: "Free" })).toBe("$0.01");
  });
});
