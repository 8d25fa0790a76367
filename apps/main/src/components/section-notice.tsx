import { formatAge } from "./format-age";
import styles from "./portal.module.css";

/** Says why a section shows old data or none: a vertical failing must read as a pause, not as "nothing here". */
export function SectionNotice({ status, title, ageMs }: { status: "stale" | "unavailable"; title: string; ageMs?: number }) {
  if (status === "unavailable") {
    return (
      <p className={`${styles.notice} ${styles.noticeUnavailable}`} role="status">
        {title} is temporarily unavailable. Please try again in a moment.
      </p>
    );
  }
  return (
    <p className={styles.notice} role="status">
      This may be out of date{ageMs === undefined ? "" : ` (last updated ${formatAge(ageMs)})`}: {title} isn&apos;t answering right now.
    </p>
  );
}
