import { isAdmin, portalUrl, profileUrl, type SessionUser } from "@stepperslife/auth-config";
import type { PublicAddressing } from "@stepperslife/manifest";
import Link from "next/link";
import { resolveAddressing, type AddressingSource } from "./addressing-source";

export interface ForbiddenPageProps {
  addressing: PublicAddressing;
  /** The signed-in person, so they can tell an admin which account needs access. */
  user: SessionUser | null;
}

/**
 * The 403 page: what happened, and what to do about it. The rule it states is the one the guards apply: owner pages
 * are for this app's owners only; being an admin is not enough (an admin who runs a vertical holds its owner role like
 * anyone else), so an admin is pointed at the admin page to grant it, everyone else at an admin.
 */
export function ForbiddenPage({ addressing, user }: ForbiddenPageProps) {
  const account = user ? <strong>{user.email}</strong> : "your account";
  return (
    <section className="sl-notice">
      <p className="sl-eyebrow">No access</p>
      <h1 className="sl-section__title">You don&apos;t have access to this page</h1>
      <p className="sl-section__intro">
        This page is only for the owners of this part of SteppersLife. Being a SteppersLife admin is not enough on its own:
        admins who run a business here hold its owner role like everyone else.
      </p>
      <div className="sl-notice__box">
        <h2 className="sl-notice__heading">Should you have access?</h2>
        {user && isAdmin(user) ? (
          <p>
            You are an admin: give {account} the owner role for this app on the <a href={`${portalUrl(addressing)}/admin`}>admin page</a>,
            then reload this page. You won&apos;t need to sign in again.
          </p>
        ) : (
          <p>
            Ask a SteppersLife admin to give {account} owner access. Once they have, reload this page: you won&apos;t need to
            sign in again.
          </p>
        )}
      </div>
      <div className="sl-actions sl-actions--center">
        <a className="sl-button" href={profileUrl(addressing)}>
          Go to your profile
        </a>
        <Link className="sl-button sl-button--secondary" href="/">
          Go to the home page
        </Link>
      </div>
    </section>
  );
}

/**
 * Every app's `forbidden.tsx` (rendered when a page calls `forbidden()`, with status 403):
 * `export default createForbiddenPage({ addressing, getSession: () => auth.getSession() });`.
 */
export function createForbiddenPage({
  addressing,
  getSession,
}: {
  addressing: AddressingSource;
  getSession: () => Promise<SessionUser | null>;
}) {
  return async function Forbidden() {
    const [resolved, user] = await Promise.all([resolveAddressing(addressing), getSession()]);
    return <ForbiddenPage addressing={resolved} user={user} />;
  };
}
