import { describe, expect, it } from "vitest";
import { scopeIdsOf } from "./scope-ids-of";

describe("scopeIdsOf", () => {
  it("reads one scope id, or an order's shares' joined with commas, and nothing from anything else", () => {
    expect(scopeIdsOf("shop-a")).toEqual(["shop-a"]);
    expect(scopeIdsOf("shop-a,shop-b")).toEqual(["shop-a", "shop-b"]);
    expect(scopeIdsOf("")).toEqual([]);
    expect(scopeIdsOf(undefined)).toEqual([]);
    expect(scopeIdsOf(42)).toEqual([]);
  });
});
