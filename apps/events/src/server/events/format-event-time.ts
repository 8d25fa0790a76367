import { formatDateTime, formatMoney, formatTime, localDay } from "@stepperslife/format";

// Kept for the email and domain code that imports these names; the words come from @stepperslife/format.

/** "Sat, Dec 6, 8:00 PM CST" in the event's own time zone, wherever the reader is; always with the date. */
export function formatEventTime(at: Date, timeZone: string): string {
  return formatDateTime(at, timeZone, { timeZoneName: true });
}

/**
 * The same instant on the reader's own clock, beside the venue's (a workshop at 1:00 PM EST read in Chicago):
 * "12:00 PM CST your time", with the date when it falls on another day there. Null when both clocks agree at that
 * instant, so nothing is said twice. Pure, so the browser (which alone knows the reader's zone) runs it too.
 */
export function formatViewerTime(instant: Date, venueZone: string, viewerZone: string): string | null {
  const venue = formatDateTime(instant, venueZone, { timeZoneName: true });
  const viewer = formatDateTime(instant, viewerZone, { timeZoneName: true });
  if (venue === viewer) return null;
  const sameDay = localDay(instant, venueZone) === localDay(instant, viewerZone);
  return `${sameDay ? formatTime(instant, viewerZone, { timeZoneName: true }) : viewer} your time`;
}

/** $12.50 */
export function formatCents(cents: number, currency = "usd"): string {
  return formatMoney(cents, currency);
}
