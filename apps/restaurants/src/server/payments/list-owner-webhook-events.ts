import { listWebhookEventsByMetadata } from "@stepperslife/payments";
import type { Database } from "../../vertical";

/**
 * The Stripe events about the owner's restaurants (their checkout sessions carry metadata.restaurantId), newest
 * first. Events of other restaurants, and account-level events, are not shown to restaurant owners.
 */
export async function listOwnerWebhookEvents({ db, ownerId, limit = 100 }: { db: Database; ownerId: string; limit?: number }) {
  const restaurants = await db.restaurant.findMany({ where: { ownerId }, select: { id: true } });
  const rows = await listWebhookEventsByMetadata(db, { key: "restaurantId", values: restaurants.map(({ id }) => id), limit });
  return rows.map(({ metadata, ...row }) => ({
    ...row,
    receivedAt: row.receivedAt.toISOString(),
    processedAt: row.processedAt?.toISOString() ?? null,
    orderId: metadata.orderId ?? null,
  }));
}
