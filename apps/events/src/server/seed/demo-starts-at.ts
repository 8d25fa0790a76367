import { localTimeToInstant } from "../events/local-time-to-instant";

/** When a demo event happens: the first `weekday` (0 Sunday … 6 Saturday) at least `atLeastDays` days ahead. */
export interface DemoSchedule {
  weekday: number;
  atLeastDays: number;
  startHour: number;
  timeZone: string;
}

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * The start of a demo event's next occurrence after `now`, in its own zone: a "Friday Night" social lands on a
 * Friday whatever day the fleet is started, and stays in the future.
 */
export function demoStartsAt({ weekday, atLeastDays, startHour, timeZone }: DemoSchedule, now: Date): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const today = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
  const todayWeekday = weekdays.indexOf(String(parts.weekday));
  const ahead = atLeastDays + ((weekday - ((todayWeekday + atLeastDays) % 7) + 7) % 7);
  const date = new Date(today + ahead * 86_400_000).toISOString().slice(0, 10);
  return localTimeToInstant({ date, hour: startHour, timeZone });
}
