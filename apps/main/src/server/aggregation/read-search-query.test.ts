import { describe, expect, it } from "vitest";
import { readSearchQuery } from "./read-search-query";

describe("the search page's query", () => {
  it("tells no search, a bad one and a good one apart", () => {
    expect(readSearchQuery({})).toEqual({ kind: "none" });
    expect(readSearchQuery({ q: "  catfish " })).toEqual({ kind: "valid", query: { q: "catfish", limit: 6 } });
    expect(readSearchQuery({ q: ["ribs", "wings"] })).toEqual({ kind: "valid", query: { q: "ribs", limit: 6 } });
  });

  it("explains a blank or overlong query in words for people", () => {
    expect(readSearchQuery({ q: "   " })).toMatchObject({ kind: "invalid", message: expect.stringMatching(/^Type what you're looking for/) });
    expect(readSearchQuery({ q: "x".repeat(101) })).toMatchObject({ kind: "invalid", message: expect.stringContaining("under 100 characters") });
  });
});
