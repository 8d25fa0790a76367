import type { Metadata } from "next";
import { FeedSection } from "@/components/feed-section";
import styles from "@/components/portal.module.css";
import { SearchForm } from "@/components/search-form";
import { readSearchQuery } from "@/server/aggregation/read-search-query";
import { searchVerticals } from "@/server/aggregation/search-verticals";
import type { Section } from "@/server/aggregation/types";

export const metadata: Metadata = { title: "Search" };

// Apps with matches first, then those with none, then those that could not answer.
const rank = (section: Section<{ items: unknown[] }>) =>
  section.status === "unavailable" ? 2 : (section.data?.items.length ?? 0) > 0 ? 0 : 1;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const reading = readSearchQuery(await searchParams);
  const sections = reading.kind === "valid" ? (await searchVerticals(reading.query)).toSorted((a, b) => rank(a) - rank(b)) : [];
  const total = sections.reduce((sum, section) => sum + (section.data?.items.length ?? 0), 0);

  return (
    <>
      <header>
        <h1 className={styles.pageTitle}>Search SteppersLife</h1>
        <p className={styles.lead}>Restaurants, events, the store, classes, stories and pros, all at once.</p>
        <SearchForm defaultValue={reading.kind === "valid" ? reading.query.q : reading.kind === "invalid" ? reading.q : ""} autoFocus />
        {reading.kind === "invalid" ? (
          <p className={styles.error} role="alert">
            {reading.message}
          </p>
        ) : null}
        {reading.kind === "valid" ? (
          <p className={styles.lead} role="status">
            {total === 0 ? `Nothing found for “${reading.query.q}”.` : `${total} ${total === 1 ? "match" : "matches"} for “${reading.query.q}”.`}
          </p>
        ) : null}
      </header>

      {reading.kind === "valid"
        ? sections.map((section) => (
            <FeedSection
              key={section.upstream.app}
              section={section}
              heading={section.upstream.title}
              emptyText={`No matches in ${section.upstream.title}.`}
            />
          ))
        : null}
    </>
  );
}
