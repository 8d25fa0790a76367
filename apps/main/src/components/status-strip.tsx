import type { Section } from "@/server/aggregation/types";
import styles from "./portal.module.css";

const listFormat = new Intl.ListFormat("en-US", { style: "long", type: "conjunction" });

/**
 * A line under the hero only when some app did not answer this page live: which ones, and where to look. Response
 * times and error kinds are for operators, on /status; a visitor needs to know only that a section may be behind.
 */
export function StatusStrip({ sections }: { sections: Section<unknown>[] }) {
  const behind = sections.filter((section) => section.status !== "ok");
  if (behind.length === 0) return null;
  const names = listFormat.format(behind.map((section) => section.upstream.title));
  return (
    <aside className={styles.strip} aria-label="Live status of the apps">
      <p className={styles.stripSummary}>
        <span className={styles.dot} aria-hidden="true" /> {names}{" "}
        {behind.length === 1 ? "isn't" : "aren't"} answering right now, so {behind.length === 1 ? "its section" : "their sections"} may be
        out of date. <a href="/status">Status details</a>
      </p>
    </aside>
  );
}
