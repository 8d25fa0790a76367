import type { Metadata } from "next";
import { FeedSection } from "@/components/feed-section";
import styles from "@/components/portal.module.css";
import { SearchForm } from "@/components/search-form";
import { readSearchQuery } from "@/server/aggregation/read-search-query";
import { searchVerticals } from "@/server/aggregation/search-verticals";
import type { Section } from "@/server/aggregation/types";

export const metadata: Metadata = { title: "Search" };

const listFormat = new Intl.ListFormat("en-US", { style: "long", type: "disjunction" });
const hasMatches = (section: Section<{ items: unknown[] }>) => (section.data?.items.length ?? 0) > 0;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const reading = readSearchQuery(await searchParams);
  const sections = reading.kind === "valid" ? await searchVerticals(reading.query) : [];
  const total = sections.reduce((sum, section) => sum + (section.data?.items.length ?? 0), 0);
  // The matches, each app's under its own heading; the apps with none share one line; the ones that could not answer
  // keep their section, which says so.
  const withMatches = sections.filter(hasMatches);
  const withNone = sections.filter((section) => section.status !== "unavailable" && !hasMatches(section));
  const unanswered = sections.filter((section) => section.status === "unavailable");

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

      {withMatches.map((section) => (
        <FeedSection key={section.upstream.app} section={section} heading={section.upstream.title} emptyText="" />
      ))}
      {withMatches.length > 0 && withNone.length > 0 ? (
        <p className={`${styles.lead} ${styles.noMatches}`} data-testid="apps-without-matches">
          No matches in {listFormat.format(withNone.map((section) => section.upstream.title))}.
        </p>
      ) : null}
      {unanswered.map((section) => (
        <FeedSection key={section.upstream.app} section={section} heading={section.upstream.title} emptyText="" />
      ))}
    </>
  );
}
