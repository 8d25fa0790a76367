import { describe, expect, it } from "vitest";
import { describeDeliveries } from "./describe-deliveries";

describe("describeDeliveries", () => {
  it("says nothing for a single delivery and counts the duplicates of more", () => {
    for (const [deliveries, text] of [
      [0, null],
      [1, null],
      [2, "received 2× (1 duplicate)"],
      [5, "received 5× (4 duplicates)"],
    ] as const) {
      expect(describeDeliveries(deliveries)).toBe(text);
    }
  });
});
