import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { expireLapsedHolds } from "../orders/expire-lapsed-holds";
import { toEventCard } from "./to-event-card";

/**
 * One public event with its ticket types, prices and seats remaining (lapsed holds released first, so abandoned
 * checkouts do not show as taken). Drafts are only visible to their organizer.
 */
export async function getEventPage({ db, slug, viewerId = null, now = new Date() }: { db: Database; slug: string; viewerId?: string | null; now?: Date }) {
  const found = await db.event.findUnique({ where: { slug }, select: { id: true, status: true, organizerId: true } });
  if (!found || (found.status === "draft" && found.organizerId !== viewerId)) throw new AppError("not_found", "There is no such event.");
  await expireLapsedHolds({ db, eventId: found.id, now });
  const event = await db.event.findUniqueOrThrow({ where: { id: found.id }, include: { ticketTypes: { orderBy: [{ position: "asc" }, { priceCents: "asc" }] } } });
  const taken = event.ticketTypes.reduce((sum, type) => sum + type.sold + type.held, 0);
  const eventLeft = event.capacity === null ? Number.POSITIVE_INFINITY : event.capacity - taken;
  return {
    ...toEventCard(event),
    description: event.description,
    address: event.address,
    organizerId: event.organizerId,
    organizerName: event.organizerName,
    onSale: event.status === "published" && event.endsAt > now,
    ticketTypes: event.ticketTypes.map((type) => ({
      id: type.id,
      name: type.name,
      description: type.description,
      priceCents: type.priceCents,
      perOrderLimit: type.perOrderLimit,
      remaining: Math.max(0, Math.min(eventLeft, type.capacity - type.sold - type.held)),
    })),
  };
}

export type EventPage = Awaited<ReturnType<typeof getEventPage>>;
