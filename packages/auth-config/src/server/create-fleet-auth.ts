import { appUrl, type AppDefinition, type PublicAddressing } from "@stepperslife/manifest";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { NextRequest, NextResponse } from "next/server";
import { isAdmin } from "../is-admin";
import { isOwnerOf } from "../is-owner-of";
import { sessionCookiePolicy } from "../session-cookie";
import type { SessionUser } from "../session-user";
import { signInUrl } from "../sign-in-url";
import type { RevocationWatcher } from "./create-revocation-watcher";
import { createSessionProxy } from "./create-session-proxy";
import { createSignOutRoute, type SignOutRoute } from "./create-sign-out-route";
import { getSharedRevocationWatcher } from "./get-shared-revocation-watcher";
import { resolveSession } from "./resolve-session";

export interface FleetAuthConfig {
  app: AppDefinition;
  /** AUTH_SECRET, the same in all seven apps. */
  secret: string;
  addressing: PublicAddressing;
  /** How this server reaches the portal (PORTAL_INTERNAL_URL), for the revocation feed. */
  portalInternalUrl: string;
  /** Tests pass their own (createRevocationWatcher) to stop it afterwards; apps leave it out and share one per process. */
  revocationWatcher?: RevocationWatcher;
  /** Where sign-out problems are logged (the console by default). */
  logger?: Pick<Console, "warn">;
  /**
   * Only where the roles can be read directly (the portal: its own database): a token whose roles changed is
   * answered with the user's current roles instead of none. The portal's own change of roles (an admin granting
   * themselves one) re-renders in the same request, still carrying the old cookie, and must not lose the admin role.
   */
  currentRoles?: (userId: string) => Promise<SessionUser["roles"] | null>;
}

/** The current request's session with the sign-in it belongs to, for pages that manage sessions (the portal's profile). */
export interface SignedInSession {
  user: SessionUser;
  /** The token's `sid`: the portal's UserSession id. */
  sessionId: string;
  /** When this token expires (ms). */
  expiresAtMs: number;
}

export interface FleetAuth {
  /** The signed-in user of the current request (server components, route handlers, actions), or null. Never throws for a bad cookie. */
  getSession(): Promise<SessionUser | null>;
  /** The same, from a Request's Cookie header. */
  readRequestSession(request: Request): Promise<SessionUser | null>;
  /** getSession plus which sign-in it is (to tell "this browser" apart in a list of sessions). */
  getSignedInSession(): Promise<SignedInSession | null>;
  /** After revoking a session on the portal's database: this process refuses it at once, the others within a second. */
  markSessionRevoked(session: { id: string; expiresAtMs: number }): void;
  /** Signed out: redirect to the portal's sign-in, coming back to this app's `callbackPath`. */
  requireUser(callbackPath: string): Promise<SessionUser>;
  /** requireUser, then forbidden() (403) unless the user owns this vertical. */
  requireOwner(callbackPath: string): Promise<SessionUser>;
  /** requireUser, then forbidden() (403) unless the user is an admin. */
  requireAdmin(callbackPath: string): Promise<SessionUser>;
  /** For src/proxy.ts: `export function proxy(request) { return auth.proxy(request); }`. */
  proxy(request: NextRequest): Promise<NextResponse>;
  /** For src/app/auth/sign-out/route.ts: `export const { POST } = auth.signOutRoute;`. */
  signOutRoute: SignOutRoute;
}

interface Wiring {
  config: FleetAuthConfig;
  cookieName: string;
  watcher: RevocationWatcher;
  proxy: (request: NextRequest) => Promise<NextResponse>;
  signOut: SignOutRoute;
}

/**
 * Everything an app needs to know who is signed in, in one object per app (src/server/auth.ts). Lazy: `config`
 * is read, and the revocation watcher started, on first use, so importing this at build time reads no env and
 * polls nothing.
 */
export function createFleetAuth(config: () => FleetAuthConfig): FleetAuth {
  let wiring: Wiring | undefined;
  const wired = (): Wiring => (wiring ??= wire(config()));

  async function signedInFrom(cookieHeader: string | null): Promise<SignedInSession | null> {
    const { config: resolved, cookieName, watcher } = wired();
    const session = await resolveSession({ cookieHeader, cookieName, secret: resolved.secret, watcher });
    if (session.kind !== "valid" && session.kind !== "stale") return null;
    const roles = session.kind === "stale" && resolved.currentRoles ? await resolved.currentRoles(session.claims.sub) : null;
    const user = roles ? { ...session.user, roles } : session.user;
    return { user, sessionId: session.claims.sid, expiresAtMs: session.claims.exp * 1000 };
  }
  const sessionFrom = async (cookieHeader: string | null) => (await signedInFrom(cookieHeader))?.user ?? null;

  // Reads the raw Cookie header: cookies() keeps one value per name and could hide the good one of two.
  const getSession = async () => sessionFrom((await headers()).get("cookie"));

  async function requireUser(callbackPath: string): Promise<SessionUser> {
    const user = await getSession();
    if (user) return user;
    const { app, addressing } = wired().config;
    const path = callbackPath.startsWith("/") ? callbackPath : `/${callbackPath}`;
    redirect(signInUrl({ addressing, callbackUrl: `${appUrl(app, addressing)}${path}` }));
  }

  return {
    getSession,
    readRequestSession: (request) => sessionFrom(request.headers.get("cookie")),
    getSignedInSession: async () => signedInFrom((await headers()).get("cookie")),
    markSessionRevoked: (session) => wired().watcher.markSessionRevoked(session),
    requireUser,
    async requireOwner(callbackPath) {
      const user = await requireUser(callbackPath);
      if (!isOwnerOf(user, wired().config.app.name)) forbidden();
      return user;
    },
    async requireAdmin(callbackPath) {
      const user = await requireUser(callbackPath);
      if (!isAdmin(user)) forbidden();
      return user;
    },
    proxy: (request) => wired().proxy(request),
    signOutRoute: { POST: (request) => wired().signOut.POST(request) },
  };
}

function wire(config: FleetAuthConfig): Wiring {
  const watcher =
    config.revocationWatcher ??
    getSharedRevocationWatcher({ portalInternalUrl: config.portalInternalUrl, secret: config.secret });
  return {
    config,
    cookieName: sessionCookiePolicy(config.addressing).name,
    watcher,
    proxy: createSessionProxy({ app: config.app, addressing: config.addressing, secret: config.secret, watcher }),
    signOut: createSignOutRoute({
      app: config.app,
      addressing: config.addressing,
      secret: config.secret,
      watcher,
      portalInternalUrl: config.portalInternalUrl,
      logger: config.logger,
    }),
  };
}
