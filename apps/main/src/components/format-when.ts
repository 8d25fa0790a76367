import { formatDateTime } from "@stepperslife/format";

/** The scene's home zone: what an instant with no zone of its own (a sign-in, an order update) is told in, and says so. */
const HOME_TIME_ZONE = "America/Chicago";

/**
 * An instant as a short date and time with its zone's abbreviation: on the item's own clock (an event's venue) when
 * it has one, else in the scene's home zone. The server cannot know the reader's zone, so it never guesses one.
 */
export function formatWhen(instant: string, timeZone: string = HOME_TIME_ZONE): string {
  return formatDateTime(new Date(instant), timeZone, { timeZoneName: true });
}
