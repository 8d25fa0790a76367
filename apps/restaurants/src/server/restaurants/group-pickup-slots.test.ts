import { describe, expect, it } from "vitest";
import { groupPickupSlots } from "./group-pickup-slots";
import { listPickupSlots } from "./list-pickup-slots";
import { hoursInputSchema } from "./restaurant-schemas";

const timeZone = "America/Chicago";

describe("pickup slots grouped by the restaurant's calendar day", () => {
  it("labels today and tomorrow with their dates, and files after-midnight slots under the next date", () => {
    const now = new Date("2026-12-03T22:00:00Z"); // Thu Dec 3, 4:00 PM in Chicago
    const slots = ["2026-12-03T23:00:00Z", "2026-12-04T07:45:00Z", "2026-12-04T18:00:00Z", "2026-12-05T18:00:00Z"].map((iso) => new Date(iso));
    const days = groupPickupSlots({ slots, timeZone, now });
    expect(days.map((day) => [day.day, day.label])).toEqual([
      ["2026-12-03", "Today, Thu, Dec 3"],
      ["2026-12-04", "Tomorrow, Fri, Dec 4"],
      ["2026-12-05", "Sat, Dec 5"],
    ]);
    expect(days[0]!.slots).toEqual([{ at: "2026-12-03T23:00:00.000Z", time: "5:00 PM" }]);
    // 1:45 AM Friday, Thursday night's late service, is a Friday pickup.
    expect(days[1]!.slots.map((slot) => slot.time)).toEqual(["1:45 AM", "12:00 PM"]);
  });

  it("is read on the restaurant's clock, not UTC's: 11 PM Chicago is still today there", () => {
    const now = new Date("2026-12-04T03:00:00Z"); // Thu Dec 3, 9:00 PM in Chicago, already Friday in UTC
    const [day] = groupPickupSlots({ slots: [new Date("2026-12-04T05:00:00Z")], timeZone, now });
    expect(day).toMatchObject({ day: "2026-12-03", label: "Today, Thu, Dec 3", slots: [{ time: "11:00 PM" }] });
  });

  it("counts tomorrow by calendar across a daylight-saving change, and says the year when it is another", () => {
    const spring = groupPickupSlots({ slots: [new Date("2027-03-14T18:00:00Z")], timeZone, now: new Date("2027-03-14T05:30:00Z") });
    expect(spring[0]!.label).toBe("Tomorrow, Sun, Mar 14"); // now: Sat Mar 13, 11:30 PM; the night is 23 hours long
    const newYear = groupPickupSlots({ slots: [new Date("2027-01-01T18:00:00Z")], timeZone, now: new Date("2026-12-31T20:00:00Z") });
    expect(newYear[0]!.label).toBe("Tomorrow, Fri, Jan 1, 2027");
  });

  it("keeps every listed slot exactly once, in order, across the two-day horizon", () => {
    const hours = hoursInputSchema.parse([0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "11:00", closes: "02:00" })));
    const slots = listPickupSlots({ hours, timeZone, prepMinutes: 20, now: new Date("2026-12-03T14:00:00Z") });
    const days = groupPickupSlots({ slots, timeZone, now: new Date("2026-12-03T14:00:00Z") });
    expect(days.flatMap((day) => day.slots.map((slot) => slot.at))).toEqual(slots.map((slot) => slot.toISOString()));
    expect(days.map((day) => day.day)).toEqual(["2026-12-03", "2026-12-04", "2026-12-05"]);
  });
});
