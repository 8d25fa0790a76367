import type { Metadata } from "next";
import { headers } from "next/headers";
import { ActivitySection } from "@/components/activity-section";
import styles from "@/components/portal.module.css";
import { loadMyActivity } from "@/server/aggregation/load-my-activity";
import { auth } from "@/server/auth";

export const metadata: Metadata = { title: "My activity" };

const newestIn = (section: { data: { items: { occurredAt: string }[] } | null }) =>
  Math.max(0, ...(section.data?.items ?? []).map((item) => Date.parse(item.occurredAt)));

export default async function ActivityPage() {
  const user = await auth.requireUser("/activity");
  const sections = await loadMyActivity({ user, cookieHeader: (await headers()).get("cookie") });
  // The app where something happened most recently comes first; apps with nothing (or not answering) after.
  const ordered = sections.toSorted((a, b) => newestIn(b) - newestIn(a));

  return (
    <>
      <header>
        <h1 className={styles.pageTitle}>My activity</h1>
        <p className={styles.lead}>Your orders, tickets, classes and bookings across SteppersLife, newest first.</p>
      </header>
      {ordered.map((section) => (
        <ActivitySection key={section.upstream.app} section={section} />
      ))}
    </>
  );
}
