import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { findOwnedEvent } from "./find-owned-event";

/** Publishes or unpublishes (back to draft) an organizer's own event; a cancelled event stays cancelled. */
export async function setEventPublished({ db, organizerId, eventId, published }: { db: Database; organizerId: string; eventId: string; published: boolean }) {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  if (event.status === "cancelled") throw new AppError("conflict", "This event was cancelled; it cannot be published again.");
  if (published && event.ticketTypes.length === 0) throw new AppError("unprocessable", "Add at least one ticket type before publishing.");
  return db.event.update({ where: { id: event.id }, data: { status: published ? "published" : "draft" } });
}
