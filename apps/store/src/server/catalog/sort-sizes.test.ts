import { describe, expect, it } from "vitest";
import { sortSizes } from "./sort-sizes";

describe("sortSizes", () => {
  it("orders shoe sizes by number, apparel by fit, then the rest, once each", () => {
    expect(sortSizes(["XL", "10", "S/M", "8.5", "M", "13", "S", "10", "L/XL", "9", "One size"])).toEqual(["8.5", "9", "10", "13", "S", "S/M", "M", "L/XL", "XL", "One size"]);
  });
});
