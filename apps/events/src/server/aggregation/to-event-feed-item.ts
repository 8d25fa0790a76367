import type { FeedItem } from "@stepperslife/contracts";
import type { EventCard } from "../events/to-event-card";

/** An event card as the portal's contract wants it: absolute links, dates, the lowest price in cents. */
export function toEventFeedItem({ card, baseUrl }: { card: EventCard; baseUrl: string }): FeedItem {
  const state = card.status === "cancelled" ? " · cancelled" : card.soldOut ? " · sold out" : "";
  return {
    id: card.slug,
    app: "events",
    kind: "event",
    title: card.title,
    summary: `${card.when} · ${card.venue}, ${card.city}${state}`.slice(0, 500),
    image: card.image ? `${baseUrl}${card.image}` : null,
    url: `${baseUrl}/e/${card.slug}`,
    startsAt: card.startsAt,
    endsAt: card.endsAt,
    price: card.fromPriceCents === null ? null : { amountCents: card.fromPriceCents, currency: "USD" },
    updatedAt: card.updatedAt,
  };
}
