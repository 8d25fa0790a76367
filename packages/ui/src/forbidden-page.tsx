import { profileUrl, type SessionUser } from "@stepperslife/auth-config";
import type { PublicAddressing } from "@stepperslife/manifest";
import Link from "next/link";
import { resolveAddressing, type AddressingSource } from "./addressing-source";

export interface ForbiddenPageProps {
  addressing: PublicAddressing;
  /** The signed-in person, so they can tell an admin which account needs access. */
  user: SessionUser | null;
}

/** The 403 page: what happened, and what to do about it (an admin grants access; no need to sign in again). */
export function ForbiddenPage({ addressing, user }: ForbiddenPageProps) {
  return (
    <section className="sl-notice">
      <p className="sl-eyebrow">No access</p>
      <h1 className="sl-section__title">You don&apos;t have access to this page</h1>
      <p className="sl-section__intro">
        This page is only for the people who run this part of SteppersLife: its owners, or SteppersLife admins.
      </p>
      <div className="sl-notice__box">
        <h2 className="sl-notice__heading">Should you have access?</h2>
        <p>
          Ask a SteppersLife admin to give {user ? <strong>{user.email}</strong> : "your account"} owner access. Once
          they have, reload this page: you won&apos;t need to sign in again.
        </p>
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
