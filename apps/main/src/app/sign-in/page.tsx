import { portalUrl, safeCallbackUrl } from "@stepperslife/auth-config";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { addressing, env } from "@/env";
import { auth } from "@/server/auth";
import styles from "../account.module.css";
import { readSignInQuery, type SearchParams } from "./read-sign-in-query";
import { SignInForm } from "./sign-in-form";
import { signInErrorMessage } from "./sign-in-error-message";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = readSignInQuery(await searchParams);
  const fleet = addressing();
  const callbackUrl = safeCallbackUrl(query.callbackUrl, { addressing: fleet, fallback: portalUrl(fleet) });

  // Already signed in (say, a second tab): go on to where they were headed, unless there is something to explain.
  if (!query.error && (await auth.getSession())) redirect(callbackUrl);

  const config = env();
  const providers = {
    google: Boolean(config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET),
    github: Boolean(config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET),
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>Sign in to SteppersLife</h1>
        <p className={styles.lead}>
          One account for tickets, classes, orders and bookings across every SteppersLife app. New here? Signing in
          creates your account.
        </p>
      </header>
      <SignInForm
        callbackUrl={callbackUrl}
        providers={providers}
        initialError={query.error ? signInErrorMessage(query.error, { retryAfterSeconds: query.retryAfter }) : null}
      />
    </div>
  );
}
