import Link from "next/link";
import type { EventCard as Card } from "@/server/events/to-event-card";
import { formatCents } from "@/server/events/format-event-time";

/** One event in the list: cover, when (in the event's own time zone), where, the lowest price. */
export function EventCard({ event }: { event: Card }) {
  return (
    <li className="ev-card">
      <Link href={`/e/${event.slug}`}>
        {event.image ? <img src={event.image} alt="" loading="lazy" /> : <div className="ev-cover" />}
        <div className="ev-card__body">
          <h2 className="ev-card__title">{event.title}</h2>
          <p style={{ margin: 0 }}>{event.when}</p>
          <p className="ev-muted" style={{ margin: 0 }}>
            {event.venue} · {event.city}
          </p>
          <div className="ev-row">
            {event.status === "cancelled" ? <span className="ev-badge ev-badge--off">Cancelled</span> : event.soldOut ? <span className="ev-badge ev-badge--off">Sold out</span> : null}
            {event.fromPriceCents !== null ? <span className="ev-badge">{event.fromPriceCents === 0 ? "Free" : `From ${formatCents(event.fromPriceCents)}`}</span> : null}
          </div>
        </div>
      </Link>
    </li>
  );
}
