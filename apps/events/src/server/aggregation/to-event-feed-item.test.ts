import { describe, expect, it } from "vitest";
import { toEventSummary } from "./to-event-feed-item";

const base = { venue: "Motor City Dance Studio", city: "Detroit", status: "published", soldOut: false };

describe("toEventSummary", () => {
  it("leaves the date to the portal's card when the venue keeps the portal's clock", () => {
    expect(toEventSummary({ ...base, city: "Chicago", venue: "The Grand Ballroom", timeZone: "America/Chicago", startsAt: "2026-12-12T02:00:00Z" })).toBe(
      "The Grand Ballroom, Chicago",
    );
  });

  it("labels the venue's own time when its clock differs, without repeating the date", () => {
    expect(toEventSummary({ ...base, timeZone: "America/Detroit", startsAt: "2026-12-12T18:00:00Z" })).toBe(
      "1:00 PM EST local time · Motor City Dance Studio, Detroit",
    );
  });

  it("says the venue's date too when it is already another day there", () => {
    expect(toEventSummary({ ...base, timeZone: "America/New_York", startsAt: "2026-12-12T05:30:00Z", status: "cancelled" })).toBe(
      "Sat, Dec 12, 12:30 AM EST local time · Motor City Dance Studio, Detroit · cancelled",
    );
  });
});
