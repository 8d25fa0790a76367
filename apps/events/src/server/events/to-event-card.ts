import { imageUrl } from "@stepperslife/storage";
import { formatEventTime } from "./format-event-time";

type CardSource = {
  id: string;
  slug: string;
  title: string;
  description: string;
  coverImageKey: string | null;
  venue: string;
  city: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  updatedAt: Date;
  ticketTypes: { priceCents: number; capacity: number; sold: number; held: number }[];
};

/** What lists show of an event: when (in its own zone), where, the lowest price and whether seats remain. */
export function toEventCard(event: CardSource) {
  const prices = event.ticketTypes.map((type) => type.priceCents);
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    summary: event.description.slice(0, 200),
    image: event.coverImageKey ? imageUrl("/api/images", event.coverImageKey, 640) : null,
    venue: event.venue,
    city: event.city,
    timeZone: event.timeZone,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    when: formatEventTime(event.startsAt, event.timeZone),
    status: event.status,
    fromPriceCents: prices.length ? Math.min(...prices) : null,
    soldOut: event.ticketTypes.every((type) => type.capacity - type.sold - type.held <= 0),
    updatedAt: event.updatedAt.toISOString(),
  };
}

export type EventCard = ReturnType<typeof toEventCard>;
