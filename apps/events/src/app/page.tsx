import { FilterSelect, Hero, ListingFilters, ListingResults } from "@stepperslife/ui";
import { parseSearchParams, type PageParams } from "@stepperslife/ui/server";
import Link from "next/link";
import { EventCard } from "@/components/event-card";
import { db, service } from "@/vertical";
import { listEventsQuerySchema } from "@/server/events/event-schemas";
import { listEvents } from "@/server/events/list-events";

export const dynamic = "force-dynamic";

// The calendar's filters; how many it lists is the page's choice, not the URL's.
const calendarFilters = listEventsQuerySchema.omit({ limit: true });

/** The calendar: upcoming events soonest first, with search, a date range, a city and "include past events". */
export default async function HomePage({ searchParams }: { searchParams: PageParams }) {
  const { query: filters, problem } = await parseSearchParams(searchParams, calendarFilters, {});
  const query = { ...filters, limit: 50 };
  const [events, cities] = await Promise.all([
    listEvents({ db: db(), query }),
    db().event.findMany({ where: { status: "published" }, distinct: ["city"], select: { city: true }, orderBy: { city: "asc" } }),
  ]);
  return (
    <div className="sl-stack">
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
      <ListingFilters label="Find an event">
        <label>
          Search
          <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="Social, workshop, DJ…" />
        </label>
        <FilterSelect label="City" name="city" defaultValue={query.city} anyLabel="Any city" options={cities.map(({ city }) => city)} />
        <label>
          From
          <input type="date" name="from" defaultValue={query.from ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={query.to ?? ""} />
        </label>
        <label className="sl-check">
          <input type="checkbox" name="past" value="1" defaultChecked={query.past === "1"} /> Past events too
        </label>
      </ListingFilters>
      <ListingResults label="Events" count={events.length} noun={["event", "events"]} problem={problem}>
        {events.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </ListingResults>
    </div>
  );
}
