import { describe, expect, it } from "vitest";
import { formatAge } from "./format-age";

describe("formatAge", () => {
  const now = new Date("2030-01-01T12:00:00Z");
  it.each([
    [0, "0 s"],
    [119, "119 s"],
    [120, "2 min"],
    [7199, "120 min"],
    [7200, "2 h"],
    [2 * 86_400, "2 d"],
    [-5, "0 s"],
  ])("%i seconds → %s", (seconds, expected) => {
    expect(formatAge(new Date(now.getTime() - seconds * 1000), now)).toBe(expected);
  });
});
