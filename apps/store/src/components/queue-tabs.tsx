import Link from "next/link";

export interface QueueTabsProps<Queue extends string> {
  /** The tab list's name ("Which orders"). */
  label: string;
  /** The page's address; the first queue is its default, addressed without `?show=`. */
  base: string;
  queues: readonly (readonly [Queue, string, ...unknown[]])[];
  current: Queue;
}

/** The queues of an owner's list page (to fulfil / shipped / all, to answer / answered / all) as `?show=` tabs. */
export function QueueTabs<Queue extends string>({ label, base, queues, current }: QueueTabsProps<Queue>) {
  return (
    <ul className="sl-tabs" aria-label={label}>
      {queues.map(([show, text], index) => (
        <li key={show}>
          <Link href={index === 0 ? base : `${base}?show=${show}`} aria-current={show === current ? "page" : undefined}>
            {text}
          </Link>
        </li>
      ))}
    </ul>
  );
}
