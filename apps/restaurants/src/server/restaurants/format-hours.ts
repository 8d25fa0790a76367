import type { WeeklyInterval } from "./is-open-at";

export const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** 1050 → "5:30 PM"; minutes past midnight of the next day wrap around (1560 → "2:00 AM"). */
export function formatMinute(minute: number): string {
  const inDay = minute % 1440;
  const hour = Math.floor(inDay / 60);
  const suffix = hour < 12 ? "AM" : "PM";
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(inDay % 60).padStart(2, "0")} ${suffix}`;
}

/** "5:00 PM – 2:00 AM" for each interval on `weekday`, earliest first; empty when closed all day. */
export function formatHours({ hours, weekday }: { hours: WeeklyInterval[]; weekday: number }): string[] {
  return hours
    .filter((interval) => interval.weekday === weekday)
    .toSorted((a, b) => a.opensMinute - b.opensMinute)
    .map((interval) => `${formatMinute(interval.opensMinute)} – ${formatMinute(interval.closesMinute)}`);
}
