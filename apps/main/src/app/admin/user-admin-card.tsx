"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import styles from "../account.module.css";
import adminStyles from "./admin.module.css";
import { grantRoleAction, revokeRoleAction, setAccountDisabledAction, type AdminActionState } from "./actions";

export interface AdminCardUser {
  id: string;
  name: string | null;
  email: string;
  disabled: boolean;
  joined: string;
  roles: Array<{ role: string; label: string }>;
}

export interface UserAdminCardProps {
  user: AdminCardUser;
  /** The admin looking at the page: they can't remove their own admin role or disable themselves. */
  isSelf: boolean;
  /** Every role an admin can give ("admin", "owner:<vertical>"), in words. */
  grantableRoles: Array<{ role: string; label: string }>;
}

const idle: AdminActionState = { status: "idle", message: "" };
const actions = { grant: grantRoleAction, revoke: revokeRoleAction, account: setAccountDisabledAction };

// One status line per account, whichever of its forms was sent last.
async function dispatch(previous: AdminActionState, formData: FormData): Promise<AdminActionState> {
  const intent = formData.get("intent");
  const action = intent === "grant" || intent === "revoke" || intent === "account" ? actions[intent] : null;
  return action ? action(previous, formData) : { status: "error", message: "Unknown change." };
}

/** One account on the admin page: its roles, a form to grant more, and disable/enable. */
export function UserAdminCard({ user, isSelf, grantableRoles }: UserAdminCardProps) {
  const [state, change, pending] = useActionState(dispatch, idle);
  const router = useRouter();
  // Changes to one's own roles come back with a re-issued cookie: reload the list with it.
  useEffect(() => {
    if (isSelf && state.status === "done") router.refresh();
  }, [isSelf, state, router]);
  const held = new Set(user.roles.map(({ role }) => role));
  const available = grantableRoles.filter(({ role }) => !held.has(role));
  const statusId = `status-${user.id}`;

  return (
    // Named by the heading and the line under it, so the account is found by its email even when it has a name.
    <article aria-labelledby={`user-${user.id} user-meta-${user.id}`}>
      <h2 id={`user-${user.id}`} className={adminStyles.userHeading}>
        {user.name ?? user.email}
        {isSelf ? <span className={adminStyles.badge}>You</span> : null}
        {user.disabled ? <span className={adminStyles.badge}>Disabled</span> : null}
      </h2>
      <p id={`user-meta-${user.id}`} className={adminStyles.userMeta}>
        {user.name ? `${user.email} · ` : ""}Joined {user.joined}
      </p>

      <div className={adminStyles.userControls}>
        {user.roles.length > 0 ? (
          <ul className={styles.chips} aria-label="Roles">
            {user.roles.map(({ role, label }) => {
              const ownAdmin = isSelf && role === "admin";
              return (
                <li key={role} className={styles.chip}>
                  {label}
                  <form action={change}>
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="role" value={role} />
                    <button
                      className={styles.chipButton}
                      type="submit"
                      disabled={pending || ownAdmin}
                      aria-label={`Remove ${label} from ${user.email}`}
                      title={ownAdmin ? "You can't remove your own admin role" : `Remove ${label}`}
                    >
                      ×
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className={styles.hint}>No roles: a member.</p>
        )}

        {available.length > 0 ? (
          <form action={change} className={adminStyles.controlRow}>
            <input type="hidden" name="intent" value="grant" />
            <input type="hidden" name="userId" value={user.id} />
            <label className={adminStyles.visuallyHidden} htmlFor={`grant-${user.id}`}>
              Role to grant to {user.email}
            </label>
            <select id={`grant-${user.id}`} name="role" className={`${styles.select} ${adminStyles.compact}`} defaultValue="">
              <option value="" disabled>
                Choose a role…
              </option>
              {available.map(({ role, label }) => (
                <option key={role} value={role}>
                  {label}
                </option>
              ))}
            </select>
            <button className={`sl-button ${styles.button} ${styles.small}`} type="submit" disabled={pending}>
              Grant role
            </button>
          </form>
        ) : null}

        <div className={adminStyles.controlRow}>
          {isSelf ? (
            <p className={styles.hint}>This is your account: another admin can disable it if needed.</p>
          ) : (
            <form
              action={change}
              onSubmit={(event) => {
                if (!user.disabled && !window.confirm(`Disable ${user.email}? They'll be signed out everywhere.`)) {
                  event.preventDefault();
                }
              }}
            >
              <input type="hidden" name="intent" value="account" />
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
              <button
                className={`sl-button ${styles.button} ${styles.small} ${user.disabled ? "sl-button--secondary" : styles.danger}`}
                type="submit"
                disabled={pending}
              >
                {user.disabled ? "Enable account" : "Disable account"}
              </button>
            </form>
          )}
        </div>

        <p
          id={statusId}
          role="status"
          className={`${styles.status} ${state.status === "error" ? styles.statusError : styles.statusOk}`}
        >
          {pending ? "Saving…" : state.message}
        </p>
      </div>
    </article>
  );
}
