"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import styles from "../account.module.css";
import { signOutEverywhereAction, signOutSessionAction, updateNameAction, type ProfileFormState } from "./actions";

const idle: ProfileFormState = { status: "idle", message: "" };

/** The editable name, saved with a server action. */
export function NameForm({ name }: { name: string | null }) {
  const [state, save, pending] = useActionState(updateNameAction, idle);
  // Controlled, so a refused name stays in the field for correcting (React resets uncontrolled fields after an action).
  const [value, setValue] = useState(name ?? "");
  const router = useRouter();
  // A fresh request carries the re-issued session cookie, so the header shows the new name too.
  useEffect(() => {
    if (state.status === "saved") router.refresh();
  }, [state, router]);
  return (
    <form action={save} className={styles.form}>
      <div className={styles.inline}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="profile-name">
            Name
          </label>
          <input
            id="profile-name"
            className={styles.input}
            name="name"
            autoComplete="name"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            maxLength={80}
            required
            aria-invalid={state.status === "error" ? true : undefined}
            aria-describedby="profile-name-status"
          />
        </div>
        <button className={`sl-button ${styles.button}`} type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save name"}
        </button>
      </div>
      <p
        id="profile-name-status"
        role="status"
        className={`${styles.status} ${state.status === "error" ? styles.statusError : styles.statusOk}`}
      >
        {state.message}
      </p>
    </form>
  );
}

/** Revokes every session of the account, on every device and app. */
export function SignOutEverywhereForm() {
  const [state, signOutEverywhere, pending] = useActionState(signOutEverywhereAction, idle);
  return (
    <form action={signOutEverywhere} className={styles.form}>
      <div>
        <button className={`sl-button ${styles.button} ${styles.danger}`} type="submit" disabled={pending}>
          {pending ? "Signing out…" : "Sign out of all devices"}
        </button>
      </div>
      {state.message ? (
        <p role="alert" className={`${styles.status} ${styles.statusError}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Signs one other device out, from the session list; the list refreshes without it. */
export function SignOutSessionForm({ sessionId, device }: { sessionId: string; device: string }) {
  const [state, signOutSession, pending] = useActionState(signOutSessionAction, idle);
  return (
    <form action={signOutSession} className={styles.form}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <button
        className={`sl-button ${styles.button} ${styles.small} ${styles.danger}`}
        type="submit"
        disabled={pending}
        title={`Sign out ${device}`}
      >
        {pending ? "Signing out…" : "Sign out"}
      </button>
      {state.status === "error" ? (
        <p role="alert" className={`${styles.status} ${styles.statusError}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
