import { describe, expect, it } from "vitest";
import { formatLastUsed } from "./format-last-used";

const now = new Date("2026-12-02T18:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("formatLastUsed", () => {
  it.each([
    [ago(10_000), "Active now"],
    [ago(119_000), "Active now"],
    [ago(5 * 60_000), "Last used 5 minutes ago"],
    [ago(3 * 3_600_000 + 60_000), "Last used 3 hours ago"],
    [ago(26 * 3_600_000), "Last used yesterday"],
    [ago(12 * 86_400_000), "Last used 12 days ago"],
    // A clock a little ahead on another server is not "in 3 seconds".
    [new Date(now.getTime() + 3_000), "Active now"],
  ])("says %s is %s", (lastUsedAt, expected) => {
    expect(formatLastUsed(lastUsedAt, now)).toBe(expected);
  });

  it("says so when a session was never used", () => {
    expect(formatLastUsed(null, now)).toBe("Not used yet");
  });
});
