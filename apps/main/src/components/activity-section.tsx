import type { ActivityItem } from "@stepperslife/contracts";
import type { Section } from "@/server/aggregation/types";
import { formatMoney } from "./format-money";
import { formatWhen } from "./format-when";
import styles from "./portal.module.css";
import { SectionNotice } from "./section-notice";

/** One app's part of "My activity": the person's items there, newest first, each linking to its page on that app. */
export function ActivitySection({ section }: { section: Section<{ items: ActivityItem[] }> }) {
  const { upstream } = section;
  const id = `activity-${upstream.app}`;
  const items = (section.data?.items ?? []).toSorted((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  return (
    <section className={styles.section} aria-labelledby={id} data-app={upstream.app} data-status={section.status}>
      <header className={styles.sectionHeader}>
        <h2 id={id} className={styles.sectionTitle}>
          {upstream.title}
        </h2>
        <a className={styles.sectionMore} href={upstream.publicUrl}>
          Visit {upstream.title} →
        </a>
      </header>
      {section.status === "ok" ? null : (
        <SectionNotice status={section.status} title={upstream.title} ageMs={section.status === "stale" ? section.ageMs : undefined} />
      )}
      {section.status === "unavailable" ? null : items.length > 0 ? (
        <ul className={styles.activity}>
          {items.map((item) => (
            <li key={item.id} className={styles.activityRow}>
              <a href={item.url}>{item.title}</a>
              <span>{item.amount ? formatMoney(item.amount) : null}</span>
              <span className={styles.activityMeta}>
                {item.status} · <time dateTime={item.occurredAt}>{formatWhen(item.occurredAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>
          Nothing here yet. <a href={upstream.publicUrl}>Browse {upstream.title}</a>
        </p>
      )}
    </section>
  );
}
