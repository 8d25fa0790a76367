import { describe, expect, it } from "vitest";
import { toEventFeedItem, toEventSummary } from "./to-event-feed-item";

const base = { venue: "Motor City Dance Studio", city: "Detroit", status: "published", soldOut: false };

describe("toEventSummary", () => {
  it("says where, leaving the date and time to the portal's card", () => {
    expect(toEventSummary(base)).toBe("Motor City Dance Studio, Detroit");
  });

  it("says when the event is off or full", () => {
    expect(toEventSummary({ ...base, status: "cancelled" })).toBe("Motor City Dance Studio, Detroit · cancelled");
    expect(toEventSummary({ ...base, soldOut: true })).toBe("Motor City Dance Studio, Detroit · sold out");
  });
});

describe("toEventFeedItem", () => {
  it("names the venue's time zone, so the portal tells the start on the venue's clock", () => {
    const card = {
      ...base, slug: "footwork", title: "Footwork", image: null, startsAt: "2026-12-12T18:00:00.000Z", endsAt: "2026-12-12T21:00:00.000Z",
      timeZone: "America/Detroit", fromPriceCents: 3500, updatedAt: "2026-12-01T00:00:00.000Z",
    } as Parameters<typeof toEventFeedItem>[0]["card"];
    const item = toEventFeedItem({ card, baseUrl: "https://events.example" });
    expect(item).toMatchObject({ timeZone: "America/Detroit", startsAt: "2026-12-12T18:00:00.000Z", url: "https://events.example/e/footwork" });
  });
});
