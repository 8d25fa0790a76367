import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMinuteOfDay, formatTime, formatTimeZoneName, localDay } from "./format-date-time";

const chicago = "America/Chicago";

describe("formatDateTime", () => {
  it("says the instant on the place's clock with its date, whatever the server's zone", () => {
    // 02:00 UTC on Dec 6 is still the evening of Dec 5 in Chicago.
    const at = new Date("2026-12-06T02:00:00Z");
    expect(formatDateTime(at, chicago, { timeZoneName: true })).toBe("Sat, Dec 5, 8:00 PM CST");
    expect(formatDateTime(at, "America/New_York")).toBe("Sat, Dec 5, 9:00 PM");
    expect(formatDateTime(at, "Europe/London")).toBe("Sun, Dec 6, 2:00 AM");
  });

  it("leaves the date out on today's date at the place, and only then", () => {
    const now = new Date("2026-12-05T15:00:00Z"); // 9 AM in Chicago
    expect(formatDateTime(new Date("2026-12-06T02:00:00Z"), chicago, { now })).toBe("8:00 PM");
    expect(formatDateTime(new Date("2026-12-06T06:30:00Z"), chicago, { now })).toBe("Sun, Dec 6, 12:30 AM");
    expect(formatDateTime(new Date("2026-12-05T05:59:00Z"), chicago, { now })).toBe("Fri, Dec 4, 11:59 PM");
    // "Today" is the place's today: at 9 AM in Chicago it is already 3 PM in London.
    expect(formatDateTime(new Date("2026-12-05T23:30:00Z"), "Europe/London", { now })).toBe("11:30 PM");
    expect(formatDateTime(new Date("2026-12-06T00:30:00Z"), "Europe/London", { now })).toBe("Sun, Dec 6, 12:30 AM");
  });

  it("adds the year when the instant is in another year than now", () => {
    const now = new Date("2026-12-30T18:00:00Z");
    expect(formatDateTime(new Date("2027-01-02T02:00:00Z"), chicago, { now })).toBe("Fri, Jan 1, 2027, 8:00 PM");
    expect(formatDateTime(new Date("2026-01-02T02:00:00Z"), chicago, { now })).toBe("Thu, Jan 1, 8:00 PM");
  });

  it("follows daylight saving time: the same wall clock on both sides of a change", () => {
    // Chicago springs forward on Mar 8, 2026 and falls back on Nov 1, 2026.
    expect(formatDateTime(new Date("2026-03-07T02:00:00Z"), chicago, { timeZoneName: true })).toBe("Fri, Mar 6, 8:00 PM CST");
    expect(formatDateTime(new Date("2026-03-09T01:00:00Z"), chicago, { timeZoneName: true })).toBe("Sun, Mar 8, 8:00 PM CDT");
    expect(formatDateTime(new Date("2026-11-01T06:30:00Z"), chicago, { timeZoneName: true })).toBe("Sun, Nov 1, 1:30 AM CDT");
    expect(formatDateTime(new Date("2026-11-01T07:30:00Z"), chicago, { timeZoneName: true })).toBe("Sun, Nov 1, 1:30 AM CST");
    // The day of a change is still one day: both 1:30 AMs of Nov 1 are "today" on Nov 1.
    const now = new Date("2026-11-01T17:00:00Z");
    expect(formatDateTime(new Date("2026-11-01T06:30:00Z"), chicago, { now })).toBe("1:30 AM");
    expect(formatDateTime(new Date("2026-11-01T07:30:00Z"), chicago, { now })).toBe("1:30 AM");
    expect(localDay(new Date("2026-11-02T05:59:00Z"), chicago)).toBe("2026-11-01");
    expect(localDay(new Date("2026-11-02T06:00:00Z"), chicago)).toBe("2026-11-02");
  });

  it("adds seconds for logs", () => {
    const at = new Date("2026-12-06T02:00:07Z");
    expect(formatDateTime(at, "UTC", { seconds: true, timeZoneName: true })).toBe("Sun, Dec 6, 2:00:07 AM UTC");
  });
});

describe("formatDate and formatTime", () => {
  it("say one half of the instant on the place's clock", () => {
    const at = new Date("2026-12-06T02:00:00Z");
    expect(formatDate(at, chicago)).toBe("Sat, Dec 5");
    expect(formatDate(at, chicago, { now: new Date("2025-06-01T12:00:00Z") })).toBe("Sat, Dec 5, 2026");
    expect(formatTime(at, chicago)).toBe("8:00 PM");
    expect(formatTime(at, chicago, { timeZoneName: true })).toBe("8:00 PM CST");
  });
});

describe("formatMinuteOfDay", () => {
  it("says a wall-clock minute, wrapping past midnight", () => {
    expect([0, 1050, 720, 1439, 1560].map(formatMinuteOfDay)).toEqual(["12:00 AM", "5:30 PM", "12:00 PM", "11:59 PM", "2:00 AM"]);
  });
});

describe("formatTimeZoneName", () => {
  it("names a zone as people say it, whatever the season", () => {
    expect(formatTimeZoneName("America/Chicago")).toBe("Central Time");
    expect(formatTimeZoneName("America/Detroit")).toBe("Eastern Time");
  });
});
