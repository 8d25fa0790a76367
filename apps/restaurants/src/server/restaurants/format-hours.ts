import { formatMinuteOfDay } from "@stepperslife/format";
import type { WeeklyInterval } from "./is-open-at";

export const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** "5:00 PM – 2:00 AM" for each interval on `weekday`, earliest first; empty when closed all day. */
export function formatHours({ hours, weekday }: { hours: WeeklyInterval[]; weekday: number }): string[] {
  return hours
    .filter((interval) => interval.weekday === weekday)
    .toSorted((a, b) => a.opensMinute - b.opensMinute)
    .map((interval) => `${formatMinuteOfDay(interval.opensMinute)} – ${formatMinuteOfDay(interval.closesMinute)}`);
}
