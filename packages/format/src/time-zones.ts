/** Whether the runtime knows `value` as an IANA zone with a region ("America/Chicago"), or UTC; not "EST" or "+05:00". */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

/** The zones the owners' forms offer (the fleet's places are in the US); a place in another one keeps its own. */
export const US_TIME_ZONES = [
  "America/New_York",
  "America/Detroit",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
] as const;

/** The form's list for a place in `current`: the US zones, with `current` first when it is not one of them. */
export function timeZoneChoices(current?: string): readonly string[] {
  return !current || (US_TIME_ZONES as readonly string[]).includes(current) ? US_TIME_ZONES : [current, ...US_TIME_ZONES];
}
