import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

/**
 * Seconds left before a session issued at `issuedAtMs` must end. NextAuth rewrites the cookie whenever the portal's
 * /api/auth/session is read; capping each rewrite keeps a session from outliving 30 days, which is what lets the
 * revocation watcher forget changes older than that.
 */
export function remainingSessionSeconds(issuedAtMs: number, nowMs = Date.now()): number {
  return Math.floor((issuedAtMs + SESSION_MAX_AGE_SECONDS * 1000 - nowMs) / 1000);
}
