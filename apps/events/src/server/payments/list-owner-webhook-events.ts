import { listWebhookEventsByMetadata } from "@stepperslife/payments";
import type { Database } from "../../vertical";

/**
 * The Stripe events about the organizer's events (their checkout sessions carry metadata.eventId), newest first.
 * Events of other organizers, and account-level events, are not shown.
 */
export async function listOwnerWebhookEvents({ db, organizerId, limit = 100 }: { db: Database; organizerId: string; limit?: number }) {
  const events = await db.event.findMany({ where: { organizerId }, select: { id: true } });
  const rows = await listWebhookEventsByMetadata(db, { key: "eventId", values: events.map(({ id }) => id), limit });
  return rows.map(({ metadata, ...row }) => ({
    ...row,
    receivedAt: row.receivedAt.toISOString(),
    processedAt: row.processedAt?.toISOString() ?? null,
    orderId: metadata.orderId ?? null,
  }));
}
