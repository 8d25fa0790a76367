import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadProfile } from "@/server/accounts/load-profile";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { describeRole } from "@/server/roles/describe-role";
import { listUserSessions } from "@/server/session/list-user-sessions";
import styles from "../account.module.css";
import profileStyles from "./profile.module.css";
import { NameForm, SignOutEverywhereForm } from "./profile-forms";
import { SessionList } from "./session-list";

export const metadata: Metadata = { title: "Your profile" };

const providerNames: Record<string, string> = { google: "Google", github: "GitHub" };

export default async function ProfilePage() {
  const user = await auth.requireUser("/profile");
  const current = await auth.getSignedInSession();
  const [profile, sessions] = await Promise.all([
    loadProfile({ db: db(), userId: user.id }),
    listUserSessions({ db: db(), userId: user.id, currentSessionId: current?.sessionId ?? null }),
  ]);
  // A session outliving its account: the refresh route clears the cookie (it finds no user), then on to sign-in.
  if (!profile) redirect(`/api/session/refresh?${new URLSearchParams({ callbackUrl: "/sign-in?callbackUrl=%2Fprofile" })}`);

  const memberSince = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(profile.createdAt);
  const signInMethods = ["Emailed link", ...profile.linkedProviders.map((provider) => providerNames[provider] ?? provider)];

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>Your profile</h1>
        <p className={styles.lead}>One account for every SteppersLife app. Changes here show up everywhere.</p>
      </header>

      <section className={styles.panel} aria-labelledby="profile-details">
        <h2 id="profile-details" className={styles.panelTitle}>
          Your details
        </h2>
        <p className={styles.panelText}>Your name is how organizers, instructors and shops see you.</p>
        <NameForm name={profile.name} />
        <dl className={`${profileStyles.facts} ${styles.spaced}`}>
          <dt>Email</dt>
          <dd>{profile.email}</dd>
          <dt>Sign-in methods</dt>
          <dd>{signInMethods.join(", ")}</dd>
          <dt>Member since</dt>
          <dd>{memberSince}</dd>
        </dl>
      </section>

      <section className={styles.panel} aria-labelledby="profile-roles">
        <h2 id="profile-roles" className={styles.panelTitle}>
          Your roles
        </h2>
        {profile.roles.length > 0 ? (
          <ul className={styles.chips}>
            {profile.roles.map((role) => (
              <li key={role} className={`${styles.chip} ${styles.chipPlain}`}>
                {describeRole(role)}
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.panelText}>
            You&apos;re a SteppersLife member. If you run events, classes, a kitchen, a shop or a service here, an admin
            can make you its owner.
          </p>
        )}
      </section>

      <section className={styles.panel} aria-labelledby="profile-security">
        <h2 id="profile-security" className={styles.panelTitle}>
          Where you&apos;re signed in
        </h2>
        <p className={styles.panelText}>
          Each browser you signed in with. Don&apos;t recognize one? Sign it out: it is signed out of every SteppersLife
          app within a second, and your other devices stay signed in.
        </p>
        <SessionList sessions={sessions} />
        <p className={styles.panelText}>
          Signed in somewhere you shouldn&apos;t be? This signs the account out of every device and every SteppersLife
          app, this one included. You can sign in again right after.
        </p>
        <SignOutEverywhereForm />
      </section>
    </div>
  );
}
