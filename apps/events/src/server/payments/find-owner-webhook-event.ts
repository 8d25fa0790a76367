import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** A stored Stripe event about one of the organizer's events (for replay); 404 for any other. */
export async function findOwnerWebhookEvent({ db, organizerId, eventId }: { db: Database; organizerId: string; eventId: string }) {
  const stored = await db.stripeWebhookEvent.findUnique({ where: { id: eventId }, select: { id: true, payload: true } });
  const ticketedEventId = (stored?.payload as { data?: { object?: { metadata?: { eventId?: unknown } } } } | undefined)?.data?.object?.metadata?.eventId;
  const owned = typeof ticketedEventId === "string" && /^[0-9a-f-]{36}$/.test(ticketedEventId) && (await db.event.count({ where: { id: ticketedEventId, organizerId } })) === 1;
  if (!stored || !owned) throw new AppError("not_found", "There is no such webhook event for your events.");
  return stored;
}
