import { describe, expect, it } from "vitest";
import { variantLabel } from "./variant-label";

describe("variantLabel", () => {
  it("names size and colour, either alone, or nothing", () => {
    expect(variantLabel({ size: "10", colour: "Black" })).toBe("Size 10 · Black");
    expect(variantLabel({ size: "", colour: "Black" })).toBe("Black");
    expect(variantLabel({ size: "M", colour: "" })).toBe("Size M");
    expect(variantLabel({ size: " ", colour: "" })).toBe("");
  });
});
