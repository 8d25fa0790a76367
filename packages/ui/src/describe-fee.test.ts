import { describe, expect, it } from "vitest";
import { describeFee } from "./describe-fee";

describe("describeFee", () => {
  it("says a percentage, a fixed part, both, or nothing", () => {
    expect(describeFee({ percent: 5, fixedCents: 0 })).toBe("5%");
    expect(describeFee({ percent: 2.9, fixedCents: 30 })).toBe("2.9% + $0.30");
    expect(describeFee({ percent: 0, fixedCents: 50 })).toBe("$0.50");
    expect(describeFee({ percent: 0, fixedCents: 0 })).toBe("nothing");
  });
});
