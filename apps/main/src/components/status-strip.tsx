import type { Section } from "@/server/aggregation/types";
import { describeUpstreamError } from "./describe-upstream-error";
import styles from "./portal.module.css";

const words = { ok: "live", stale: "may be out of date", unavailable: "unavailable" } as const;

/** A line of dots under the hero: which apps answered this page, how fast, and which are stale or missing. */
export function StatusStrip({ sections }: { sections: Section<unknown>[] }) {
  const answered = sections.filter((section) => section.status === "ok").length;
  return (
    <aside className={styles.strip} aria-label="Live status of the apps">
      <p className={styles.stripSummary}>
        {answered} of {sections.length} apps answered live. <a href="/status">Status details</a>
      </p>
      <ul className={styles.stripList}>
        {sections.map((section) => (
          <li key={section.upstream.app} className={styles.stripItem} data-status={section.status}>
            <span className={styles.dot} aria-hidden="true" />
            {section.upstream.title}: {words[section.status]}
            {section.error ? ` (${describeUpstreamError(section.error)})` : ""}, {section.durationMs} ms
          </li>
        ))}
      </ul>
    </aside>
  );
}
