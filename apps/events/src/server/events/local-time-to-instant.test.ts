import { describe, expect, it } from "vitest";
import { localTimeToInstant } from "./local-time-to-instant";

describe("localTimeToInstant", () => {
  it.each([
    ["2026-12-05", 20, "America/Chicago", "2026-12-06T02:00:00.000Z"],
    ["2026-07-04", 20, "America/Chicago", "2026-07-05T01:00:00.000Z"],
    ["2026-03-08", 12, "America/New_York", "2026-03-08T16:00:00.000Z"],
    ["2026-11-01", 9, "America/Los_Angeles", "2026-11-01T17:00:00.000Z"],
    ["2026-06-01", 0, "UTC", "2026-06-01T00:00:00.000Z"],
  ])("%s %i:00 in %s is %s", (date, hour, timeZone, expected) => {
    expect(localTimeToInstant({ date, hour: Number(hour), timeZone: String(timeZone) }).toISOString()).toBe(expected);
  });
});
