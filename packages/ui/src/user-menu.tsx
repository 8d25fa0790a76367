import {
  isAdmin,
  isOwnerOf,
  portalUrl,
  profileUrl,
  SIGN_OUT_PATH,
  signInUrl,
  type SessionUser,
} from "@stepperslife/auth-config";
import { accountPages, appUrl, verticals, type AppDefinition, type PublicAddressing } from "@stepperslife/manifest";
import { Suspense } from "react";
import { AccountDisclosure } from "./account-disclosure";
import { CallbackUrlField, SignInLink } from "./current-page";

export interface UserMenuProps {
  /** The app rendering the header: sign-out posts to it, and its owners get a "Manage" link. */
  app: AppDefinition;
  addressing: PublicAddressing;
  /** The signed-in person, or null for a visitor. */
  user: SessionUser | null;
}

/** Top right of every header: the signed-in person's menu, or a "Sign in" link that comes back here. */
export function UserMenu({ app, addressing, user }: UserMenuProps) {
  const appBaseUrl = appUrl(app, addressing);

  if (!user) {
    const signInHref = signInUrl({ addressing, callbackUrl: appBaseUrl });
    return (
      // Until the current page is known (a prerender), the link comes back to this app's home page.
      <Suspense fallback={<a className="sl-sign-in" href={signInHref}>Sign in</a>}>
        <SignInLink className="sl-sign-in" signInHref={signInHref} appBaseUrl={appBaseUrl} />
      </Suspense>
    );
  }

  const displayName = user.name?.trim() || user.email;
  const managesThisApp = verticals.some((vertical) => vertical.name === app.name) && isOwnerOf(user, app.name);

  return (
    <AccountDisclosure label="Your account" summary={<AccountSummary user={user} displayName={displayName} />}>
      <div className="sl-account__panel">
        <p className="sl-account__who">
          Signed in as{" "}
          <strong className="sl-account__email">{user.email}</strong>
        </p>
        <ul className="sl-account__links">
          {managesThisApp ? (
            <li>
              <a className="sl-account__link" href="/dashboard">
                Manage {app.title}
              </a>
            </li>
          ) : null}
          <li>
            <a className="sl-account__link" href={profileUrl(addressing)}>
              Profile
            </a>
          </li>
          {/* Each app's own page of this person's things, from the manifest: a new vertical's appears by itself. */}
          {accountPages.map((page) => (
            <li key={page.app.name}>
              <a className="sl-account__link" href={new URL(page.path, appUrl(page.app, addressing)).toString()}>
                {page.title}
              </a>
            </li>
          ))}
          {isAdmin(user) ? (
            <li>
              <a className="sl-account__link" href={new URL("/admin", portalUrl(addressing)).toString()}>
                Admin
              </a>
            </li>
          ) : null}
        </ul>
        <form className="sl-account__sign-out" method="post" action={SIGN_OUT_PATH}>
          <Suspense fallback={<input type="hidden" name="callbackUrl" value={appBaseUrl} />}>
            <CallbackUrlField appBaseUrl={appBaseUrl} />
          </Suspense>
          <button className="sl-account__button" type="submit">
            Sign out
          </button>
        </form>
      </div>
    </AccountDisclosure>
  );
}

function AccountSummary({ user, displayName }: { user: SessionUser; displayName: string }) {
  return (
    <>
      {user.image ? (
        // A remote avatar (OAuth providers host it); next/image would need every provider's host configured.
        <img className="sl-account__avatar" src={user.image} alt="" referrerPolicy="no-referrer" />
      ) : (
        <span className="sl-account__avatar" aria-hidden="true">
          {displayName.charAt(0).toUpperCase()}
        </span>
      )}
      <span className="sl-account__name">{displayName}</span>
      <svg className="sl-account__chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
    </>
  );
}
