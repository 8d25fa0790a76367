import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** A stored Stripe event about one of the owner's restaurants (for replay); 404 for any other. */
export async function findOwnerWebhookEvent({ db, ownerId, eventId }: { db: Database; ownerId: string; eventId: string }) {
  const event = await db.stripeWebhookEvent.findUnique({ where: { id: eventId }, select: { id: true, payload: true } });
  const restaurantId = (event?.payload as { data?: { object?: { metadata?: { restaurantId?: unknown } } } } | undefined)?.data?.object?.metadata?.restaurantId;
  const owned = typeof restaurantId === "string" && (await db.restaurant.count({ where: { id: restaurantId, ownerId } })) === 1;
  if (!event || !owned) throw new AppError("not_found", "There is no such webhook event for your restaurants.");
  return event;
}
