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
  // "From" is the cheapest ticket a buyer pays for: a free volunteer or comp ticket beside $15 ones does not make a
  // $15 social "Free". Zero only when every ticket is free; null when no ticket is on offer yet.
  const prices = event.ticketTypes.map((type) => type.priceCents);
  const paid = prices.filter((cents) => cents > 0);
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
    fromPriceCents: paid.length ? Math.min(...paid) : prices.length ? 0 : null,
    soldOut: event.ticketTypes.every((type) => type.capacity - type.sold - type.held <= 0),
    updatedAt: event.updatedAt.toISOString(),
  };
}

export type EventCard = ReturnType<typeof toEventCard>;
