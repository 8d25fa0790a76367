import type { z } from "zod";
import type { Database } from "../../vertical";
import { findOwnedEvent } from "./find-owned-event";
import type { eventUpdateSchema } from "./organizer-schemas";
import { toEventTimes } from "./to-event-times";

const local = (at: Date, timeZone: string) => {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
};

/** The organizer's event's start and end as the edit form's local date-times, in the event's zone. */
export function toLocalTimes(event: { startsAt: Date; endsAt: Date; timeZone: string }) {
  return { startsAt: local(event.startsAt, event.timeZone), endsAt: local(event.endsAt, event.timeZone) };
}

/** Changes an organizer's own event (404 for anyone else's); times are re-read in the (possibly new) zone. */
export async function updateEvent({ db, organizerId, eventId, input }: { db: Database; organizerId: string; eventId: string; input: z.infer<typeof eventUpdateSchema> }) {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  const timeZone = input.timeZone ?? event.timeZone;
  const current = toLocalTimes(event);
  const { startsAt, endsAt, ...fields } = input;
  const times = startsAt || endsAt || input.timeZone ? toEventTimes({ startsAt: startsAt ?? current.startsAt, endsAt: endsAt ?? current.endsAt, timeZone }) : {};
  return db.event.update({ where: { id: event.id }, data: { ...fields, ...times } });
}
