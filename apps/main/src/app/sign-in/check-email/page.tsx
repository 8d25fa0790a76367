import type { Metadata } from "next";
import Link from "next/link";
import { isLocalDevelopment } from "@/env";
import styles from "../../account.module.css";
import { readSignInQuery, type SearchParams } from "../read-sign-in-query";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { callbackUrl } = readSignInQuery(await searchParams);
  const tryAgain = callbackUrl ? `/sign-in?${new URLSearchParams({ callbackUrl })}` : "/sign-in";

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>Check your inbox</h1>
        <p className={styles.lead}>We&apos;ve emailed you a link. Open it on this device to finish signing in.</p>
      </header>

      <section className={styles.panel} aria-labelledby="check-email-tips">
        <h2 id="check-email-tips" className={styles.panelTitle}>
          Didn&apos;t get it?
        </h2>
        <ul className={styles.panelText}>
          <li>The link works once, for 15 minutes.</li>
          <li>It can take a minute to arrive. Check your spam or promotions folder too.</li>
          <li>Make sure you typed the address you use for SteppersLife.</li>
        </ul>
        <Link className="sl-button sl-button--secondary" href={tryAgain}>
          Send a new link
        </Link>
      </section>

      {isLocalDevelopment() ? (
        <aside className={`${styles.alert} ${styles.success} ${styles.spaced}`} aria-label="Developer hint">
          <strong className={styles.alertTitle}>Running SteppersLife locally?</strong>
          <p>
            No real email is sent: messages land in the fleet&apos;s mail sink. Open its inbox (
            <code>http://127.0.0.1:1080</code> by default; <code>npm start</code> prints the address) to find your link.
          </p>
        </aside>
      ) : null}
    </div>
  );
}
