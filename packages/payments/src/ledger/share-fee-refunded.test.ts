import { describe, expect, it } from "vitest";
import { shareFeeRefunded } from "./share-fee-refunded";

describe("shareFeeRefunded", () => {
  it("gives back the refunded proportion of the fee, all of it once the share is refunded in full", () => {
    expect(shareFeeRefunded({ refundedCents: 0, grossCents: 5_000, feeCents: 500 })).toBe(0);
    expect(shareFeeRefunded({ refundedCents: 2_500, grossCents: 5_000, feeCents: 500 })).toBe(250);
    expect(shareFeeRefunded({ refundedCents: 1_999, grossCents: 5_000, feeCents: 333 })).toBe(133);
    expect(shareFeeRefunded({ refundedCents: 5_000, grossCents: 5_000, feeCents: 333 })).toBe(333);
    expect(shareFeeRefunded({ refundedCents: 6_000, grossCents: 5_000, feeCents: 333 })).toBe(333);
  });
});
