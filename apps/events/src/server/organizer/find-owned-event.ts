import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** One of the organizer's own events; any other event id (someone else's, or none) is a 404, never a 403. */
export async function findOwnedEvent({ db, organizerId, eventId }: { db: Database; organizerId: string; eventId: string }) {
  const event = await db.event.findFirst({ where: { id: eventId, organizerId }, include: { ticketTypes: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] }, promoCodes: { orderBy: { createdAt: "asc" } } } });
  if (!event) throw new AppError("not_found", "There is no such event among yours.");
  return event;
}
