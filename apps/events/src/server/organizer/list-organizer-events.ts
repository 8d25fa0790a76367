import type { Database } from "../../vertical";
import { formatEventTime } from "../events/format-event-time";

/** The organizer's own events, soonest first, with tickets sold / capacity. */
export async function listOrganizerEvents({ db, organizerId }: { db: Database; organizerId: string }) {
  const events = await db.event.findMany({ where: { organizerId }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], include: { ticketTypes: { select: { sold: true, capacity: true } } } });
  return events.map((event) => ({
    id: event.id,
    slug: event.slug,
    title: event.title,
    status: event.status,
    city: event.city,
    when: formatEventTime(event.startsAt, event.timeZone),
    sold: event.ticketTypes.reduce((sum, type) => sum + type.sold, 0),
    capacity: event.capacity ?? event.ticketTypes.reduce((sum, type) => sum + type.capacity, 0),
  }));
}
