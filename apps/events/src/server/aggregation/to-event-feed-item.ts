import type { FeedItem } from "@stepperslife/contracts";
import type { EventCard } from "../events/to-event-card";

/**
 * The card's line under its title: where, and whether it is off. The portal shows the date and time itself (from
 * startsAt, on the venue's clock named by timeZone), so the line does not repeat them.
 */
export function toEventSummary(card: Pick<EventCard, "venue" | "city" | "status" | "soldOut">): string {
  const state = card.status === "cancelled" ? " · cancelled" : card.soldOut ? " · sold out" : "";
  return `${card.venue}, ${card.city}${state}`.slice(0, 500);
}

/** An event card as the portal's contract wants it: absolute links, dates, the lowest price in cents. */
export function toEventFeedItem({ card, baseUrl }: { card: EventCard; baseUrl: string }): FeedItem {
  return {
    id: card.slug,
    app: "events",
    kind: "event",
    title: card.title,
    summary: toEventSummary(card),
    image: card.image ? `${baseUrl}${card.image}` : null,
    url: `${baseUrl}/e/${card.slug}`,
    startsAt: card.startsAt,
    endsAt: card.endsAt,
    timeZone: card.timeZone,
    price: card.fromPriceCents === null ? null : { amountCents: card.fromPriceCents, currency: "USD" },
    updatedAt: card.updatedAt,
  };
}
