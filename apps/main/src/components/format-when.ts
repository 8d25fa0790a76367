/**
 * An instant as a short local date and time. The server cannot know the reader's zone, so times are shown in the
 * scene's home zone (Chicago) and say so, rather than in the server's zone unannounced.
 */
const formatter = new Intl.DateTimeFormat("en-US", {
  weekday: "short",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "America/Chicago",
  timeZoneName: "short",
});

export function formatWhen(instant: string): string {
  return formatter.format(new Date(instant));
}
