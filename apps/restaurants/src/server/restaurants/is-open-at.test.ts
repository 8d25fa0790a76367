import { describe, expect, it } from "vitest";
import { checkPickupTime } from "./check-pickup-time";
import { formatHours } from "./format-hours";
import { isOpenAt } from "./is-open-at";
import { listPickupSlots } from "./list-pickup-slots";
import { localTimeAt } from "./local-time-at";
import { hoursInputSchema } from "./restaurant-schemas";

// Friday 11:00–02:00 (past midnight) and Saturday 12:00–22:00, in Chicago.
const hours = hoursInputSchema.parse([
  { weekday: 5, opens: "11:00", closes: "02:00" },
  { weekday: 6, opens: "12:00", closes: "22:00" },
]);
const timeZone = "America/Chicago";

describe("opening hours on the restaurant's own clock", () => {
  it("reads weekday and minute in the zone, not in UTC", () => {
    // 2026-11-28T03:30Z is Friday 21:30 in Chicago (UTC-6) but already Saturday in UTC.
    expect(localTimeAt(new Date("2026-11-28T03:30:00Z"), timeZone)).toEqual({ weekday: 5, minute: 21 * 60 + 30, day: "2026-11-27" });
  });

  it("is open inside an interval, across midnight, and closed outside", () => {
    const at = (iso: string) => isOpenAt({ hours, timeZone, at: new Date(iso) });
    expect(at("2026-11-27T17:00:00Z")).toBe(true); // Fri 11:00
    expect(at("2026-11-27T16:59:00Z")).toBe(false); // Fri 10:59
    expect(at("2026-11-28T07:30:00Z")).toBe(true); // Sat 01:30, Friday's late night
    expect(at("2026-11-28T08:00:00Z")).toBe(false); // Sat 02:00, closed
    expect(at("2026-11-28T17:00:00Z")).toBe(false); // Sat 11:00
    expect(at("2026-11-29T03:59:00Z")).toBe(true); // Sat 21:59
    expect(at("2026-11-29T04:00:00Z")).toBe(false); // Sat 22:00
  });

  it("formats a day's hours, late night included", () => {
    expect(formatHours({ hours, weekday: 5 })).toEqual(["11:00 AM – 2:00 AM"]);
    expect(formatHours({ hours, weekday: 1 })).toEqual([]);
  });

  it("offers quarter-hour pickup slots only while open, and the server check agrees", () => {
    const now = new Date("2026-11-27T16:50:00Z"); // Fri 10:50, opens at 11:00
    const slots = listPickupSlots({ hours, timeZone, prepMinutes: 20, now });
    expect(slots[0]?.toISOString()).toBe("2026-11-27T17:15:00.000Z"); // 11:15: 10:50 + 20 min, rounded up
    for (const pickupAt of slots.slice(0, 40)) expect(() => checkPickupTime({ hours, timeZone, prepMinutes: 20, now, pickupAt })).not.toThrow();
    const refused = ["2026-11-27T17:00:00Z", "2026-11-27T17:20:00Z", "2026-11-28T09:00:00Z", "2026-12-05T18:00:00Z"];
    for (const iso of refused) expect(() => checkPickupTime({ hours, timeZone, prepMinutes: 20, now, pickupAt: new Date(iso) })).toThrow();
  });
});
