// Every instant shown to people is said on the clock of the place it happens at (a restaurant, an event's venue),
// never the server's or the reader's: a 9 PM social in Chicago is 9 PM wherever the page is read.

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** The calendar day of an instant on the place's clock, as YYYY-MM-DD. */
export function localDay(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat(timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export interface FormatTimeOptions {
  /** Adds the zone's short name ("CST"), for readers who may be elsewhere. */
  timeZoneName?: boolean;
  /** Adds seconds, for logs where the order of events matters. */
  seconds?: boolean;
}

export interface FormatDateTimeOptions extends FormatTimeOptions {
  /**
   * "Now", to leave the date out when the instant falls on today's date at the place (and add the year when it is
   * in another year). Without it the date is always said: an email or a ticket is read on another day.
   */
  now?: Date;
}

function timeParts({ timeZoneName, seconds }: FormatTimeOptions): Intl.DateTimeFormatOptions {
  return {
    hour: "numeric",
    minute: "2-digit",
    ...(seconds ? { second: "2-digit" } : {}),
    ...(timeZoneName ? { timeZoneName: "short" } : {}),
  };
}

function dateParts(instant: Date, timeZone: string, now: Date | undefined): Intl.DateTimeFormatOptions {
  const otherYear = now !== undefined && localDay(instant, timeZone).slice(0, 4) !== localDay(now, timeZone).slice(0, 4);
  return { weekday: "short", month: "short", day: "numeric", ...(otherYear ? { year: "numeric" } : {}) };
}

/** "8:00 PM" (or "8:00 PM CST") on the place's clock. */
export function formatTime(instant: Date, timeZone: string, options: FormatTimeOptions = {}): string {
  return dateTimeFormat(timeZone, timeParts(options)).format(instant);
}

/** "Sat, Dec 6" on the place's calendar; with `now`, the year too when it is not this year. */
export function formatDate(instant: Date, timeZone: string, { now }: { now?: Date } = {}): string {
  return dateTimeFormat(timeZone, dateParts(instant, timeZone, now)).format(instant);
}

/**
 * "Sat, Dec 6, 8:00 PM CST" on the place's clock; with `now` and on today's date there, the time alone ("8:00 PM").
 * One Intl pattern for date and time together, so the words and commas are the locale's, not ours.
 */
export function formatDateTime(instant: Date, timeZone: string, options: FormatDateTimeOptions = {}): string {
  const { now } = options;
  if (now !== undefined && localDay(instant, timeZone) === localDay(now, timeZone)) return formatTime(instant, timeZone, options);
  return dateTimeFormat(timeZone, { ...dateParts(instant, timeZone, now), ...timeParts(options) }).format(instant);
}

/**
 * A wall-clock minute of the day (1050 → "5:30 PM"), for opening hours that belong to no particular date; minutes
 * past midnight of the next day wrap around (1560 → "2:00 AM"). Formatted as that minute of a UTC day, so no zone's
 * daylight-saving shift can move it.
 */
export function formatMinuteOfDay(minute: number): string {
  const inDay = ((minute % 1440) + 1440) % 1440;
  return formatTime(new Date(Date.UTC(2000, 0, 1, 0, inDay)), "UTC");
}

/** A zone as people name it ("America/Chicago" → "Central Time"), for headings that say which clock a page keeps. */
export function formatTimeZoneName(timeZone: string): string {
  const parts = dateTimeFormat(timeZone, { timeZoneName: "longGeneric" }).formatToParts(new Date());
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
