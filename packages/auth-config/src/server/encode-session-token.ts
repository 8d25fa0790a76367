import { encode } from "next-auth/jwt";
import type { SessionUser } from "../session-user";
import { buildSessionClaims } from "./build-session-claims";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

/**
 * Writes a session token exactly as NextAuth does on the portal (same encryption, same claims), for the portal's
 * refresh route and for tests. `issuedAtMs` defaults to now: a re-issued token is a fresh sign-in, checked first.
 */
export async function encodeSessionToken({
  user,
  sessionId,
  rolesAt,
  secret,
  maxAgeSeconds = SESSION_MAX_AGE_SECONDS,
  issuedAtMs = Date.now(),
}: {
  user: SessionUser;
  /** The sign-in's id (the `sid` claim): a re-issued token keeps the one it had. */
  sessionId: string;
  rolesAt: number;
  secret: string;
  maxAgeSeconds?: number;
  issuedAtMs?: number;
}): Promise<string> {
  return encode({ token: buildSessionClaims({ user, sessionId, rolesAt, issuedAtMs }), secret, maxAge: maxAgeSeconds });
}
