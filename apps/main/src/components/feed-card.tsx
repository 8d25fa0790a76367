import type { FeedItem } from "@stepperslife/contracts";
import { CoverPlaceholder } from "@stepperslife/ui";
import { formatFromPrice } from "./format-money";
import { formatWhen } from "./format-when";
import styles from "./portal.module.css";

/** One item from a vertical, linking to its page on that vertical's own subdomain. */
export function FeedCard({ item }: { item: FeedItem }) {
  return (
    <article className={styles.card}>
      {item.image ? (
        // A plain img: images live on each vertical's object store, whose hosts next/image would have to allow-list.
        <img className={styles.cardImage} src={item.image} alt="" loading="lazy" />
      ) : (
        <CoverPlaceholder name={item.title} className={styles.cardImage} />
      )}
      <h3 className={styles.cardTitle}>
        <a href={item.url} className={styles.cardLink}>
          {item.title}
        </a>
      </h3>
      {item.summary ? <p className={styles.cardSummary}>{item.summary}</p> : null}
      <p className={styles.cardMeta}>
        {item.startsAt ? <time dateTime={item.startsAt}>{formatWhen(item.startsAt, item.timeZone ?? undefined)}</time> : null}
        {item.price ? <span>{formatFromPrice(item.price)}</span> : null}
      </p>
    </article>
  );
}
