import { describe, expect, it } from "vitest";
import { demoEvents } from "./demo-events";
import { demoStartsAt } from "./demo-starts-at";

const localParts = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", hour: "numeric", hourCycle: "h23" }).format(at);

describe("demoStartsAt", () => {
  it("puts the Friday social on a Friday at 8 pm in Chicago, in the future, whatever day it is seeded", () => {
    const social = demoEvents.find((event) => event.slug === "friday-night-steppers-social")!;
    // Every hour of two weeks, across a DST change (2026-11-01 in the US).
    for (let hour = 0; hour < 14 * 24; hour += 1) {
      const now = new Date(Date.UTC(2026, 9, 25) + hour * 3_600_000);
      const startsAt = demoStartsAt({ ...social.schedule, timeZone: social.timeZone }, now);
      expect(localParts(startsAt, social.timeZone)).toBe("Friday, 20");
      expect(startsAt.getTime() - now.getTime()).toBeGreaterThan(social.schedule.atLeastDays * 86_400_000 - 86_400_000);
      expect(startsAt.getTime() - now.getTime()).toBeLessThanOrEqual((social.schedule.atLeastDays + 7) * 86_400_000);
    }
  });

  it("starts every demo event on its weekday, its name true to the day", () => {
    const now = new Date("2026-12-06T15:00:00Z"); // a Sunday
    for (const event of demoEvents) {
      const startsAt = demoStartsAt({ ...event.schedule, timeZone: event.timeZone }, now);
      expect(new Intl.DateTimeFormat("en-US", { timeZone: event.timeZone, weekday: "long" }).format(startsAt), event.slug).toBe(
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][event.schedule.weekday],
      );
    }
  });
});
