import { describe, expect, it } from "vitest";
import { isTimeZone, timeZoneChoices, US_TIME_ZONES } from "./time-zones";

describe("time zones", () => {
  it("accepts IANA zones with a region and UTC, refuses abbreviations, offsets and nonsense", () => {
    for (const zone of ["America/Chicago", "Pacific/Honolulu", "Europe/Paris", "UTC"]) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ["EST", "+05:00", "Mars/Olympus", ""]) expect(isTimeZone(zone), zone).toBe(false);
  });

  it("offers the US zones, with a place's own zone first when it is elsewhere", () => {
    expect(timeZoneChoices("America/Chicago")).toEqual(US_TIME_ZONES);
    expect(timeZoneChoices()).toEqual(US_TIME_ZONES);
    expect(timeZoneChoices("Europe/London")).toEqual(["Europe/London", ...US_TIME_ZONES]);
  });
});
