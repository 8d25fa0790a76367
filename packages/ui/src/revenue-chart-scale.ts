import type { RevenueDay } from "./revenue-chart";

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayKey = (number: number) => new Date(number * DAY_MS).toISOString().slice(0, 10);

/**
 * Every calendar day from the first to the last given (days without sales at zero), at least `minDays` wide by
 * reaching back before the first: a sale on one day of the week shows as one bar among seven, not one giant bar.
 * Days are YYYY-MM-DD on the place's own calendar; calendar arithmetic on them keeps a day a day across DST.
 */
export function fillDays(days: readonly RevenueDay[], minDays = 7): RevenueDay[] {
  if (days.length === 0) return [];
  const given = new Map(days.map((day) => [day.day, day]));
  const numbers = days.map((day) => dayNumber(day.day));
  const last = Math.max(...numbers);
  const first = Math.min(Math.min(...numbers), last - minDays + 1);
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const key = dayKey(first + index);
    return given.get(key) ?? { day: key, orders: 0, revenueCents: 0 };
  });
}

export interface RevenueScale {
  /** The top of the scale, in cents: the highest tick, at or above the best day. */
  topCents: number;
  /** Evenly spaced amounts from 0 to the top, in whole dollars (as cents). */
  ticks: number[];
}

/**
 * A scale a person reads at a glance: about `count` steps of 1, 2, 2.5 or 5 times a power of ten dollars (never less
 * than a dollar), from 0 to just above the best day.
 */
export function revenueScale(maxCents: number, count = 4): RevenueScale {
  const rawStep = Math.max(maxCents / 100 / count, 1);
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  // 2.5 dollars would put cents on the axis: that step only from $25 up.
  const factors = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = factors.map((factor) => factor * magnitude).find((candidate) => candidate >= rawStep)!;
  const steps = Math.max(1, Math.ceil(maxCents / 100 / step));
  const ticks = Array.from({ length: steps + 1 }, (_, index) => Math.round(index * step * 100));
  return { topCents: ticks.at(-1)!, ticks };
}

/**
 * Which days carry a label under the axis, and what it says: about `count` labels evenly spread back from the last day
 * (today, on a period ending now), the day of the month ("14"), with the month's name on the first label and on the
 * first of each new month ("Dec 1").
 */
export function dayLabels(days: readonly string[], count = 7): (string | null)[] {
  const every = Math.max(1, Math.ceil(days.length / count));
  let lastMonth: string | null = null;
  return days.map((day, index) => {
    if ((days.length - 1 - index) % every !== 0) return null;
    const month = day.slice(0, 7);
    const date = new Date(`${day}T12:00:00Z`);
    const label = month === lastMonth ? String(date.getUTCDate()) : `${monthName.format(date)} ${date.getUTCDate()}`;
    lastMonth = month;
    return label;
  });
}

// The month of a calendar day (not an instant): read in UTC, where the day was put at noon above.
const monthName = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });
