import Link from "next/link";
import type { EventCard as Card } from "@/server/events/to-event-card";
import { formatMoney } from "@stepperslife/format";
import { CoverPlaceholder } from "@stepperslife/ui";

/** One event in the list: cover, when (in the event's own time zone), where, the lowest price. */
export function EventCard({ event }: { event: Card }) {
  return (
    <li className="sl-tile">
      <Link href={`/e/${event.slug}`}>
        {event.image ? <img src={event.image} alt="" loading="lazy" /> : <CoverPlaceholder name={event.title} />}
        <div className="sl-tile__body">
          <h2 className="sl-tile__title">{event.title}</h2>
          <p style={{ margin: 0 }}>{event.when}</p>
          <p className="sl-muted" style={{ margin: 0 }}>
            {event.venue} · {event.city}
          </p>
          <div className="sl-row">
            {event.status === "cancelled" ? <span className="sl-badge sl-badge--off">Cancelled</span> : event.soldOut ? <span className="sl-badge sl-badge--off">Sold out</span> : null}
            {event.fromPriceCents !== null ? <span className="sl-badge">{event.fromPriceCents === 0 ? "Free" : `From ${formatMoney(event.fromPriceCents)}`}</span> : null}
          </div>
        </div>
      </Link>
    </li>
  );
}
