import { describe, expect, it } from "vitest";
import { createLastGoodCache } from "./create-last-good-cache";

describe("last good answers", () => {
  it("returns what was stored with its age, and forgets it past the maximum age", () => {
    let clock = 1_000;
    const cache = createLastGoodCache({ maxEntries: 10, maxAgeMs: 500, now: () => clock });
    cache.remember("events feed", { items: [1] });
    clock += 200;
    expect(cache.recall("events feed")).toEqual({ value: { items: [1] }, ageMs: 200 });
    clock += 301;
    expect(cache.recall("events feed")).toBeUndefined();
  });

  it("keeps at most maxEntries, dropping the least recently stored", () => {
    const cache = createLastGoodCache({ maxEntries: 2, maxAgeMs: 60_000 });
    cache.remember("a", 1);
    cache.remember("b", 2);
    cache.remember("a", 3);
    cache.remember("c", 4);
    expect([cache.recall("a")?.value, cache.recall("b"), cache.recall("c")?.value]).toEqual([3, undefined, 4]);
  });
});
