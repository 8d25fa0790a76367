import type { Database } from "../database";

/**
 * The Stripe events about the owner's restaurants (their checkout sessions carry metadata.restaurantId), newest
 * first. Events of other restaurants, and account-level events, are not shown to restaurant owners.
 */
export async function listOwnerWebhookEvents({ db, ownerId, limit = 100 }: { db: Database; ownerId: string; limit?: number }) {
  const restaurants = await db.restaurant.findMany({ where: { ownerId }, select: { id: true } });
  if (restaurants.length === 0) return [];
  const events = await db.stripeWebhookEvent.findMany({
    where: { OR: restaurants.map(({ id }) => ({ payload: { path: ["data", "object", "metadata", "restaurantId"], equals: id } })) },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, type: true, outcome: true, error: true, attempts: true, receivedAt: true, processedAt: true, payload: true },
  });
  return events.map(({ payload, ...event }) => ({
    ...event,
    receivedAt: event.receivedAt.toISOString(),
    processedAt: event.processedAt?.toISOString() ?? null,
    orderId: ((payload as { data?: { object?: { metadata?: { orderId?: string } } } }).data?.object?.metadata?.orderId ?? null) as string | null,
  }));
}
