import type { FeedItem } from "@stepperslife/contracts";
import type { Section } from "@/server/aggregation/types";
import { FeedCard } from "./feed-card";
import styles from "./portal.module.css";
import { SectionNotice } from "./section-notice";

export interface FeedSectionProps {
  section: Section<{ items: FeedItem[] }>;
  heading: string;
  /** Shown when the vertical answered with nothing. */
  emptyText: string;
  /** Most cards shown; a vertical may answer up to 50. */
  limit?: number;
}

/** One vertical's cards, or why there are none: empty (with a way in), stale (marked) or unavailable. */
export function FeedSection({ section, heading, emptyText, limit = 6 }: FeedSectionProps) {
  const { upstream } = section;
  const id = `section-${upstream.app}`;
  const items = section.data?.items.slice(0, limit) ?? [];
  return (
    <section className={styles.section} aria-labelledby={id} data-app={upstream.app} data-status={section.status}>
      <header className={styles.sectionHeader}>
        <h2 id={id} className={styles.sectionTitle}>
          {heading}
        </h2>
        <a className={styles.sectionMore} href={upstream.publicUrl}>
          Visit {upstream.title} →
        </a>
      </header>
      {section.status === "ok" ? null : (
        <SectionNotice status={section.status} title={upstream.title} ageMs={section.status === "stale" ? section.ageMs : undefined} />
      )}
      {section.status === "unavailable" ? null : items.length > 0 ? (
        <ul className={styles.cards}>
          {items.map((item) => (
            <li key={`${item.app}:${item.id}`}>
              <FeedCard item={item} />
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>
          {emptyText} <a href={upstream.publicUrl}>Browse {upstream.title}</a>
        </p>
      )}
    </section>
  );
}
