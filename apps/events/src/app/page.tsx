import { Hero } from "@stepperslife/ui";
import Link from "next/link";
import { EventCard } from "@/components/event-card";
import { db, service } from "@/vertical";
import { listEventsQuerySchema } from "@/server/events/event-schemas";
import { listEvents } from "@/server/events/list-events";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The calendar: upcoming events soonest first, with search, a date range, a city and "include past events". */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const pick = (name: string) => (typeof raw[name] === "string" && raw[name] ? (raw[name] as string) : undefined);
  const parsed = listEventsQuerySchema.safeParse({ q: pick("q"), city: pick("city"), from: pick("from"), to: pick("to"), past: pick("past") });
  const query = parsed.success ? parsed.data : { limit: 50 };
  const [events, cities] = await Promise.all([
    listEvents({ db: db(), query }),
    db().event.findMany({ where: { status: "published" }, distinct: ["city"], select: { city: true }, orderBy: { city: "asc" } }),
  ]);
  return (
    <div className="ev-stack">
      <Hero
        eyebrow="Your next set starts here"
        title={service.title}
        lead={service.description}
        actions={
          <Link className="sl-button sl-button--secondary" href="/tickets">
            My tickets
          </Link>
        }
      />
      <form className="ev-filters" role="search" aria-label="Find an event" action="/">
        <label>
          Search
          <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="Social, workshop, DJ…" />
        </label>
        <label>
          City
          <select name="city" defaultValue={query.city ?? ""}>
            <option value="">Any city</option>
            {cities.map(({ city }) => (
              <option key={city}>{city}</option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={query.from ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={query.to ?? ""} />
        </label>
        <label className="ev-check">
          <input type="checkbox" name="past" value="1" defaultChecked={query.past === "1"} /> Past events too
        </label>
        <button className="ev-btn" type="submit">
          Search
        </button>
      </form>
      {!parsed.success ? <p className="ev-error">Some filters were not understood and were ignored.</p> : null}
      <p role="status" className="ev-muted">
        {events.length === 1 ? "1 event" : `${events.length} events`}
      </p>
      <ul className="ev-grid" aria-label="Events">
        {events.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </ul>
    </div>
  );
}
