import type { Metadata } from "next";
import { TableScroll } from "@stepperslife/ui";
import { describeUpstreamError } from "@/components/describe-upstream-error";
import { formatAge } from "@/components/format-age";
import styles from "@/components/portal.module.css";
import { loadHomeFeed } from "@/server/aggregation/load-home-feed";

export const metadata: Metadata = { title: "Status" };

// Measured now, on every request: a cached status page would report on the past.
export const dynamic = "force-dynamic";

const words = { ok: "Live", stale: "Stale", unavailable: "Unavailable" } as const;

export default async function StatusPage() {
  const sections = await loadHomeFeed();
  return (
    <>
      <header>
        <h1 className={styles.pageTitle}>Status</h1>
        <p className={styles.lead}>How each app answered the portal&apos;s home page just now.</p>
      </header>
      <TableScroll label="Apps" className={styles.tableFrame}>
        <table className={styles.table} aria-label="Apps">
          <thead>
            <tr>
              <th scope="col">App</th>
              <th scope="col">Status</th>
              <th scope="col">Time</th>
              <th scope="col">Items</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section) => (
              <tr key={section.upstream.app} data-app={section.upstream.app} data-status={section.status}>
                <th scope="row">
                  <a href={section.upstream.publicUrl}>{section.upstream.title}</a>
                </th>
                <td>
                  {words[section.status]}
                  {section.status === "stale" ? ` (from ${formatAge(section.ageMs)})` : ""}
                </td>
                <td data-numeric="">{section.durationMs} ms</td>
                <td data-numeric="">{section.data ? section.data.items.length : "–"}</td>
                <td>{section.error ? describeUpstreamError(section.error) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
