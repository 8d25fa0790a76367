import { appUrl, type AppDefinition, type PublicAddressing } from "@stepperslife/manifest";
import { NextResponse, type NextRequest } from "next/server";
import { portalUrl } from "../portal-url";
import { sessionCookiePolicy } from "../session-cookie";
import type { RevocationWatcher } from "./create-revocation-watcher";
import { resolveSession } from "./resolve-session";
import { serializeClearedSessionCookies } from "./serialize-cleared-session-cookies";
import { withoutCookie } from "./without-cookie";

export interface SessionProxyConfig {
  app: AppDefinition;
  addressing: PublicAddressing;
  secret: string;
  watcher: RevocationWatcher;
}

/**
 * The per-request session check of every app's proxy.ts. It only decrypts the cookie and asks the in-memory
 * revocation watcher; it never reaches a database, so it stays cheap on every page view.
 * - stale roles on a page load: 307 to the portal's refresh route, which re-issues the cookie and comes back;
 * - revoked, expired or unreadable: carry on signed out and delete the cookie(s);
 * - otherwise carry on (deleting an old host-only duplicate, if any).
 */
export function createSessionProxy(config: SessionProxyConfig): (request: NextRequest) => Promise<NextResponse> {
  const cookieName = sessionCookiePolicy(config.addressing).name;
  const hasDomainCookie = sessionCookiePolicy(config.addressing).options.domain !== undefined;

  return async function proxy(request) {
    const cookieHeader = request.headers.get("cookie");
    const session = await resolveSession({ cookieHeader, cookieName, secret: config.secret, watcher: config.watcher });

    if (session.kind === "none") return NextResponse.next();

    if (session.kind === "invalid") {
      // Also drop the cookie from the request the page sees, so it renders signed out without decoding again.
      const headers = new Headers(request.headers);
      const remaining = cookieHeader ? withoutCookie(cookieHeader, cookieName) : null;
      if (remaining) headers.set("cookie", remaining);
      else headers.delete("cookie");
      return withSetCookies(NextResponse.next({ request: { headers } }), serializeClearedSessionCookies(config.addressing));
    }

    const clearDuplicate =
      session.duplicated && hasDomainCookie ? serializeClearedSessionCookies(config.addressing, { scope: "host-only" }) : [];

    if (session.kind === "stale" && isPageLoad(request)) {
      const target = new URL("/api/session/refresh", portalUrl(config.addressing));
      // The public address, not request.url: behind a reverse proxy that is an internal host the browser can't reach.
      const here = `${appUrl(config.app, config.addressing)}${request.nextUrl.pathname}${request.nextUrl.search}`;
      target.searchParams.set("callbackUrl", here);
      return withSetCookies(NextResponse.redirect(target, 307), clearDuplicate);
    }

    return withSetCookies(NextResponse.next(), clearDuplicate);
  };
}

// Prefetches are speculative: bouncing them through the portal would refresh cookies for pages nobody opened.
// Other requests (forms, server actions) pass through; they see the user without roles until the next page load.
function isPageLoad(request: NextRequest): boolean {
  if (request.method !== "GET") return false;
  const purpose = `${request.headers.get("purpose") ?? ""} ${request.headers.get("sec-purpose") ?? ""}`;
  return !request.headers.has("next-router-prefetch") && !purpose.includes("prefetch");
}

function withSetCookies(response: NextResponse, cookies: string[]): NextResponse {
  for (const cookie of cookies) response.headers.append("set-cookie", cookie);
  return response;
}
