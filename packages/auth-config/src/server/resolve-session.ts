import type { SessionUser } from "../session-user";
import type { RevocationWatcher } from "./create-revocation-watcher";
import { decodeSessionToken } from "./decode-session-token";
import type { SessionClaims } from "./parse-session-claims";
import { readCookieValues } from "./read-cookie-values";
import { toSessionUser } from "./to-session-user";

export type SessionResolution =
  /** No session cookie at all. */
  | { kind: "none" }
  /** Session cookie(s) present, but none decodes or all are revoked/expired: the cookies should go. */
  | { kind: "invalid" }
  | {
      kind: "valid" | "stale";
      claims: SessionClaims;
      /** For "stale", roles are empty until the portal refreshes the token. */
      user: SessionUser;
      /** The browser sent more than one cookie of this name: an old host-only copy sits beside the shared one. */
      duplicated: boolean;
    };

/**
 * What a request's session cookies amount to. Tries each value the browser sent, in order, and takes the first that
 * decodes and is not revoked, so a stale host-only cookie cannot shadow a good shared one. The session it takes is
 * noted as used (for the portal's "last used", reported in batches). Never throws.
 */
export async function resolveSession({
  cookieHeader,
  cookieName,
  secret,
  watcher,
}: {
  cookieHeader: string | null | undefined;
  cookieName: string;
  secret: string;
  watcher: RevocationWatcher;
}): Promise<SessionResolution> {
  const tokens = readCookieValues(cookieHeader, cookieName);
  if (tokens.length === 0) return { kind: "none" };
  // Only requests that carry a session wait for the first sync: anonymous traffic is never slowed down.
  await watcher.ready();
  for (const token of tokens) {
    const claims = await decodeSessionToken({ token, secret });
    if (!claims) continue;
    const status = watcher.statusOf(claims);
    if (status === "revoked") continue;
    const stale = status === "stale";
    watcher.noteSessionUsed(claims.sid);
    return { kind: status, claims, user: toSessionUser(claims, { staleRoles: stale }), duplicated: tokens.length > 1 };
  }
  return { kind: "invalid" };
}
