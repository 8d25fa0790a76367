import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { findOwnedEvent } from "./find-owned-event";

/**
 * Publishes or unpublishes (back to draft) an organizer's own event; a cancelled event stays cancelled. An event
 * that sells paid tickets is published only while the organizer's payout account can take card payments.
 */
export async function setEventPublished({
  db,
  organizerId,
  eventId,
  published,
  canTakeCardPayments,
}: {
  db: Database;
  organizerId: string;
  eventId: string;
  published: boolean;
  canTakeCardPayments: () => Promise<boolean>;
}) {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  if (event.status === "cancelled") throw new AppError("conflict", "This event was cancelled; it cannot be published again.");
  if (published && event.ticketTypes.length === 0) throw new AppError("unprocessable", "Add at least one ticket type before publishing.");
  if (published && event.ticketTypes.some((type) => type.priceCents > 0) && !(await canTakeCardPayments())) {
    throw new AppError("conflict", "Set up payouts under Get paid before publishing paid tickets: the money goes to your own account. Free events can be published now.");
  }
  return db.event.update({ where: { id: event.id }, data: { status: published ? "published" : "draft" } });
}
