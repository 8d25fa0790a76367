import type { FeedItem } from "@stepperslife/contracts";
import { formatDateTime, formatTime, localDay } from "@stepperslife/format";
import type { EventCard } from "../events/to-event-card";

/** The clock the portal says every card's date on (the scene's home zone, Chicago), beside which the venue's is noted. */
const PORTAL_TIME_ZONE = "America/Chicago";

/**
 * The card's line under its title. The portal already shows the date and time (from startsAt, on its own clock), so
 * the line does not repeat them; when the venue's clock says otherwise (a Detroit workshop), it says the venue's time,
 * labelled as such, so the two are never read as two different times.
 */
export function toEventSummary(card: Pick<EventCard, "startsAt" | "timeZone" | "venue" | "city" | "status" | "soldOut">): string {
  const state = card.status === "cancelled" ? " · cancelled" : card.soldOut ? " · sold out" : "";
  const start = new Date(card.startsAt);
  const sameClock = formatDateTime(start, card.timeZone, { timeZoneName: true }) === formatDateTime(start, PORTAL_TIME_ZONE, { timeZoneName: true });
  const sameDay = localDay(start, card.timeZone) === localDay(start, PORTAL_TIME_ZONE);
  const venueTime = sameDay ? formatTime(start, card.timeZone, { timeZoneName: true }) : formatDateTime(start, card.timeZone, { timeZoneName: true });
  const venueClock = sameClock ? "" : `${venueTime} local time · `;
  return `${venueClock}${card.venue}, ${card.city}${state}`.slice(0, 500);
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
    price: card.fromPriceCents === null ? null : { amountCents: card.fromPriceCents, currency: "USD" },
    updatedAt: card.updatedAt,
  };
}
