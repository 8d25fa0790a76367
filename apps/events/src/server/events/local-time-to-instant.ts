/** The offset of `timeZone` from UTC at `at`, in minutes (e.g. -360 for Chicago in winter). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The instant a wall-clock time (`2026-12-05` at 20:00, optionally minutes) happens in an IANA time zone. */
export function localTimeToInstant({ date, hour, minute = 0, timeZone }: { date: string; hour: number; minute?: number; timeZone: string }): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  // Around a DST change the offset at the guess and at the answer differ: one more step settles it.
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * 60_000);
}
