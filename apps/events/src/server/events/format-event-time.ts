import { formatDateTime, formatMoney } from "@stepperslife/format";

// Kept for the email and domain code that imports these names; the words come from @stepperslife/format.

/** "Sat, Dec 6, 8:00 PM CST" in the event's own time zone, wherever the reader is; always with the date. */
export function formatEventTime(at: Date, timeZone: string): string {
  return formatDateTime(at, timeZone, { timeZoneName: true });
}

/** $12.50 */
export function formatCents(cents: number, currency = "usd"): string {
  return formatMoney(cents, currency);
}
