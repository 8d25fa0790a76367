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
 * - stale roles on a page load: 307 to the portal's refresh route, which re-issues the cookie and comes back (for a
 *   client-side navigation, a 204 that makes Next's router load the page in full first);
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

    const kind = session.kind === "stale" ? requestKind(request) : "other";
    if (kind === "client-fetch") {
      // A client-side navigation or refresh (an RSC fetch) can't follow a redirect to the portal: another origin
      // (CORS, and the fleet's connect-src policy). An empty answer that is not RSC makes Next's router load the URL
      // as a whole page instead, which comes back here as a document load and goes through the refresh.
      return withSetCookies(new NextResponse(null, { status: 204, headers: { "cache-control": "no-store" } }), clearDuplicate);
    }
    if (kind === "document") {
      const target = new URL("/api/session/refresh", portalUrl(config.addressing));
      // The public address, not request.url: behind a reverse proxy that is an internal host the browser can't reach.
      const here = `${appUrl(config.app, config.addressing)}${request.nextUrl.pathname}${request.nextUrl.search}`;
      target.searchParams.set("callbackUrl", here);
      return withSetCookies(NextResponse.redirect(target, 307), clearDuplicate);
    }

    return withSetCookies(NextResponse.next(), clearDuplicate);
  };
}

/**
 * document: a page load, which may go through the portal. client-fetch: Next's router fetching a page (navigation,
 * refresh or its own prefetch). other: browser prefetches (speculative: bouncing them would refresh cookies for pages
 * nobody opened) and non-GETs (forms, server actions), which pass through and see the user without roles until the
 * next page load. Next removes its own RSC headers (RSC, Next-Router-Prefetch) before the proxy runs, so Fetch
 * Metadata tells them apart; a client that sends neither it nor Accept is treated as a page load.
 */
function requestKind(request: NextRequest): "document" | "client-fetch" | "other" {
  if (request.method !== "GET") return "other";
  const purpose = `${request.headers.get("purpose") ?? ""} ${request.headers.get("sec-purpose") ?? ""}`;
  if (purpose.includes("prefetch")) return "other";
  const destination = request.headers.get("sec-fetch-dest");
  const accept = request.headers.get("accept");
  if (destination) return destination === "document" ? "document" : "client-fetch";
  return !accept || accept.includes("text/html") ? "document" : "client-fetch";
}

function withSetCookies(response: NextResponse, cookies: string[]): NextResponse {
  for (const cookie of cookies) response.headers.append("set-cookie", cookie);
  return response;
}
