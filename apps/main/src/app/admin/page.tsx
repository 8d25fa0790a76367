import type { Metadata } from "next";
import { verticals } from "@stepperslife/manifest";
import type { Role } from "@stepperslife/auth-config";
import { z } from "zod";
import { findUsers } from "@/server/accounts/find-users";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { describeRole } from "@/server/roles/describe-role";
import styles from "../account.module.css";
import adminStyles from "./admin.module.css";
import { UserAdminCard } from "./user-admin-card";

export const metadata: Metadata = { title: "Admin" };

const adminQuery = z.object({
  q: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(254).optional()).catch(undefined),
});

const grantableRoles: Role[] = ["admin", ...verticals.map((app): Role => `owner:${app.name}`)];
const joinedFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await auth.requireAdmin("/admin");
  const { q = "" } = adminQuery.parse(await searchParams);
  const users = await findUsers({ db: db(), query: q });

  return (
    <div className={styles.wide}>
      <header className={styles.header}>
        <h1 className={styles.title}>Accounts</h1>
        <p className={styles.lead}>
          Find people by email, make them owners of a SteppersLife app or admins, and disable accounts. Changes reach
          every app within about a second.
        </p>
      </header>

      <form role="search" method="get" className={`${styles.panel} ${styles.inline}`}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="admin-search">
            Email contains
          </label>
          <input
            id="admin-search"
            className={styles.input}
            type="search"
            name="q"
            defaultValue={q}
            placeholder="name@example.com"
            spellCheck={false}
            autoComplete="off"
          />
        </div>
        <button className={`sl-button ${styles.button}`} type="submit">
          Search
        </button>
      </form>

      <p className={`${styles.hint} ${styles.spaced}`} role="status">
        {q
          ? `${users.length === 0 ? "No" : users.length} ${users.length === 1 ? "account matches" : "accounts match"} “${q}”.`
          : "The newest accounts. Search by email to find someone."}
      </p>

      {users.length > 0 ? (
        <ul className={adminStyles.userList}>
          {users.map((user) => (
            <li key={user.id} className={`${styles.panel} ${adminStyles.userItem}`}>
              <UserAdminCard
                user={{
                  id: user.id,
                  name: user.name,
                  email: user.email,
                  disabled: user.disabled,
                  joined: joinedFormat.format(user.createdAt),
                  roles: user.roles.map((role) => ({ role, label: describeRole(role) })),
                }}
                isSelf={user.id === admin.id}
                grantableRoles={grantableRoles.map((role) => ({ role, label: describeRole(role) }))}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
