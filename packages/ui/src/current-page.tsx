"use client";

import { usePathname, useSearchParams } from "next/navigation";

// The root layout never learns the path it is rendered for, so the header's "come back here" links are
// filled in by these two client components. Both render on the server too: they work before hydration
// and without JavaScript.

/** The page being shown, as an absolute URL on this app's public origin (what callbackUrl expects). */
function useCurrentPageUrl(appBaseUrl: string): string {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return `${appBaseUrl}${pathname}${query ? `?${query}` : ""}`;
}

/** The hidden `callbackUrl` field of the sign-out form: signing out returns to the same page. */
export function CallbackUrlField({ appBaseUrl }: { appBaseUrl: string }) {
  return <input type="hidden" name="callbackUrl" value={useCurrentPageUrl(appBaseUrl)} />;
}

export interface SignInLinkProps {
  /** The portal's sign-in URL (from signInUrl); its callbackUrl is replaced with the current page. */
  signInHref: string;
  appBaseUrl: string;
  className?: string;
}

/** "Sign in", coming back to the current page afterwards. */
export function SignInLink({ signInHref, appBaseUrl, className }: SignInLinkProps) {
  const target = new URL(signInHref);
  const current = new URL(useCurrentPageUrl(appBaseUrl));
  // On the portal's own sign-in pages, coming back "here" would land on the sign-in form again:
  // keep the destination the visitor was already headed for.
  const onSignInPage =
    current.origin === target.origin &&
    (current.pathname === target.pathname || current.pathname.startsWith(`${target.pathname}/`));
  const destination = onSignInPage ? current.searchParams.get("callbackUrl") : current.toString();
  if (destination) target.searchParams.set("callbackUrl", destination);
  return (
    <a className={className} href={target.toString()} aria-current={onSignInPage ? "page" : undefined}>
      Sign in
    </a>
  );
}
