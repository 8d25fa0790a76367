import type { Prisma } from "../../generated/prisma/client";
import type { Database } from "../../vertical";
import type { ListEventsQuery } from "./event-schemas";
import { toEventCard } from "./to-event-card";

/**
 * Published and cancelled events, soonest first: by default those not yet over; `q` matches title, description,
 * venue and city; `city` matches the city; `from`/`to` are whole UTC days the event must overlap.
 */
export async function listEvents({ db, query, now = new Date() }: { db: Database; query: Partial<ListEventsQuery>; now?: Date }) {
  const where: Prisma.EventWhereInput[] = [{ status: { in: ["published", "cancelled"] } }];
  if (query.past !== "1") where.push({ endsAt: { gte: now } });
  if (query.city) where.push({ city: { equals: query.city, mode: "insensitive" } });
  if (query.from) where.push({ endsAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) where.push({ startsAt: { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } });
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    where.push({ OR: [{ title: contains }, { description: contains }, { venue: contains }, { city: contains }] });
  }
  const events = await db.event.findMany({
    where: { AND: where },
    orderBy: [{ startsAt: query.past === "1" ? "desc" : "asc" }, { id: "asc" }],
    take: query.limit ?? 50,
    include: { ticketTypes: { select: { priceCents: true, capacity: true, sold: true, held: true } } },
  });
  return events.map(toEventCard);
}
