import { appUrl, type AppDefinition, type PublicAddressing } from "@stepperslife/manifest";
import { listFleetOrigins } from "../list-fleet-origins";
import { safeCallbackUrl } from "../safe-callback-url";
import { sessionCookiePolicy } from "../session-cookie";
import type { RevocationWatcher } from "./create-revocation-watcher";
import { decodeSessionToken } from "./decode-session-token";
import { readCookieValues } from "./read-cookie-values";
import { revokeSessionOnPortal } from "./revoke-session-on-portal";
import { serializeClearedSessionCookies } from "./serialize-cleared-session-cookies";

export interface SignOutRoute {
  POST(request: Request): Promise<Response>;
}

export interface SignOutRouteConfig {
  app: AppDefinition;
  addressing: PublicAddressing;
  secret: string;
  /** This process's watcher: it refuses the signed-out session at once, before the portal's feed says so. */
  watcher: RevocationWatcher;
  /** Where the portal revokes the session for every app (PORTAL_INTERNAL_URL). */
  portalInternalUrl: string;
  /** Longest the sign-out waits for the portal before signing the browser out anyway. */
  portalTimeoutMs?: number;
  logger?: Pick<Console, "warn">;
}

/**
 * POST /auth/sign-out of an app: ends this browser's session on the server (the portal revokes it, and every app
 * refuses it within a second through the revocation feed; this app at once), deletes the shared session cookie and
 * any host-only leftover, then 303s back to the form's `callbackUrl` if it is safe, else this app's home. Other
 * devices stay signed in. POST plus an Origin check, so another site can't sign people out with a link, an image or
 * a cross-site form.
 */
export function createSignOutRoute(config: SignOutRouteConfig): SignOutRoute {
  const { app, addressing } = config;
  const cookieName = sessionCookiePolicy(addressing).name;
  const logger = config.logger ?? console;

  return {
    async POST(request) {
      const origin = request.headers.get("origin");
      if (!origin || !listFleetOrigins(addressing).includes(origin)) {
        return Response.json(
          { error: { code: "forbidden_origin", message: "Sign-out requests must come from a SteppersLife page." } },
          { status: 403 },
        );
      }

      await endSessions(readCookieValues(request.headers.get("cookie"), cookieName));
      const home = `${appUrl(app, addressing)}/`;
      const target = new URL(safeCallbackUrl(await readCallbackUrl(request), { addressing, fallback: home }), home);
      const headers = new Headers({ location: target.href, "cache-control": "no-store" });
      for (const cookie of serializeClearedSessionCookies(addressing)) headers.append("set-cookie", cookie);
      return new Response(null, { status: 303, headers });
    },
  };

  // Every session this browser holds (a host-only leftover may carry an older one): undecodable values are dead already.
  async function endSessions(tokens: string[]): Promise<void> {
    await Promise.all(
      tokens.map(async (token) => {
        const claims = await decodeSessionToken({ token, secret: config.secret });
        if (!claims) return;
        config.watcher.markSessionRevoked({ id: claims.sid, expiresAtMs: claims.exp * 1000 });
        const { portalInternalUrl, secret, portalTimeoutMs: timeoutMs } = config;
        try {
          await revokeSessionOnPortal({ portalInternalUrl, secret, token, timeoutMs });
        } catch (error) {
          // The cookie goes anyway; until the portal hears of it, a copy of this cookie still works on the other apps.
          const reason = error instanceof Error ? error.message : String(error);
          logger.warn(
            `[auth] ${app.name}: sign-out could not revoke session ${claims.sid} on the portal (${reason}); cleared the cookie only`,
          );
        }
      }),
    );
  }
}

// A body that isn't a form (or is malformed) only loses the way back; signing out still happens.
async function readCallbackUrl(request: Request): Promise<string | null> {
  try {
    const value = (await request.formData()).get("callbackUrl");
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
