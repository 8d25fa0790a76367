import { SIGN_OUT_PATH } from "@stepperslife/auth-config";
import { formatWhen } from "@/components/format-when";
import type { UserSessionSummary } from "@/server/session/list-user-sessions";
import styles from "../account.module.css";
import { formatLastUsed } from "./format-last-used";
import profileStyles from "./profile.module.css";
import { SignOutSessionForm } from "./profile-forms";

/** Where this account is signed in: this browser first, then each other device with its own "Sign out". */
export function SessionList({ sessions }: { sessions: UserSessionSummary[] }) {
  const now = new Date();
  return (
    <ul className={profileStyles.sessions} aria-label="Signed-in devices">
      {sessions.map((session) => {
        const device = session.device ?? "Unknown device";
        const title = session.current ? "This browser" : device;
        return (
          <li key={session.id} className={profileStyles.session} aria-label={title}>
            <div className={profileStyles.sessionText}>
              <p className={profileStyles.sessionDevice}>
                <strong>{title}</strong>
                {session.current && session.device ? <span className={profileStyles.sessionDetail}> · {session.device}</span> : null}
              </p>
              <p className={profileStyles.sessionDetail}>
                Signed in <time dateTime={session.signedInAt.toISOString()}>{formatWhen(session.signedInAt.toISOString())}</time>
              </p>
              <p className={profileStyles.sessionDetail}>
                {session.lastUsedAt ? (
                  <time dateTime={session.lastUsedAt.toISOString()}>{formatLastUsed(session.lastUsedAt, now)}</time>
                ) : (
                  formatLastUsed(null, now)
                )}
              </p>
            </div>
            {session.current ? (
              // The usual sign-out: ends this browser's session for every app, then back to the portal's home.
              <form method="post" action={SIGN_OUT_PATH}>
                <input type="hidden" name="callbackUrl" value="/" />
                <button className={`sl-button ${styles.button} ${styles.small} ${styles.danger}`} type="submit">
                  Sign out
                </button>
              </form>
            ) : (
              <SignOutSessionForm sessionId={session.id} device={device} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
