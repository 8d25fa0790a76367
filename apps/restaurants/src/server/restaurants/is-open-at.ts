import { localTimeAt } from "./local-time-at";

export interface WeeklyInterval {
  weekday: number;
  opensMinute: number;
  /** May pass midnight: 1560 is 2:00 the next morning. */
  closesMinute: number;
}

/** Whether a restaurant with these weekly hours (in `timeZone`) is open at `at`, late-night intervals included. */
export function isOpenAt({ hours, timeZone, at }: { hours: WeeklyInterval[]; timeZone: string; at: Date }): boolean {
  const { weekday, minute } = localTimeAt(at, timeZone);
  const yesterday = (weekday + 6) % 7;
  return hours.some(
    (interval) =>
      (interval.weekday === weekday && minute >= interval.opensMinute && minute < interval.closesMinute) ||
      (interval.weekday === yesterday && minute + 1440 < interval.closesMinute),
  );
}
