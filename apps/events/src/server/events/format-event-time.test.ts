import { describe, expect, it } from "vitest";
import { formatViewerTime } from "./format-event-time";

const workshop = new Date("2026-12-05T18:00:00Z"); // 1:00 PM in New York, 12:00 PM in Chicago

describe("formatViewerTime", () => {
  it("says the reader's own time when their zone differs from the venue's", () => {
    expect(formatViewerTime(workshop, "America/New_York", "America/Chicago")).toBe("12:00 PM CST your time");
  });

  it("says nothing when the reader is in the venue's zone", () => {
    expect(formatViewerTime(workshop, "America/Chicago", "America/Chicago")).toBeNull();
  });

  it("says nothing when another zone name shows the same clock (Detroit and New York)", () => {
    expect(formatViewerTime(workshop, "America/Detroit", "America/New_York")).toBeNull();
  });

  it("adds the date when the instant falls on another day for the reader", () => {
    expect(formatViewerTime(new Date("2026-12-06T02:00:00Z"), "America/Chicago", "Europe/Berlin")).toBe("Sun, Dec 6, 3:00 AM GMT+1 your time");
  });
});
