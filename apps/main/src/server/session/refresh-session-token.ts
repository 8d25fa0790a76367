import { decodeSessionToken, encodeSessionToken, SESSION_MAX_AGE_SECONDS } from "@stepperslife/auth-config/server";
import type { PrismaClient } from "../../generated/prisma/client";
import { loadSessionClaims } from "../accounts/load-session-claims";
import { findActiveSession } from "./find-active-session";

export type RefreshedSession =
  /** Same sign-in (same sid, issuedAtMs and end), current name, roles and rolesAt. */
  | { outcome: "reissued"; token: string; maxAgeSeconds: number }
  /** Forged, expired, revoked (this device or all), without a session id, disabled or deleted: the cookie must go. */
  | { outcome: "cleared" };

/**
 * A session token re-issued with the user's current claims, or the verdict that it is dead. The sign-in's id and
 * issuedAtMs are kept, so a refresh stays the same session (signed out on its own) and never stretches it past 30
 * days from the moment the person signed in.
 */
export async function refreshSessionToken({
  db,
  token,
  secret,
  now = Date.now(),
}: {
  db: PrismaClient;
  token: string;
  secret: string;
  now?: number;
}): Promise<RefreshedSession> {
  const decoded = await decodeSessionToken({ token, secret });
  if (!decoded) return { outcome: "cleared" };

  const { sid: sessionId, sub: userId, issuedAtMs } = decoded;
  const session = await findActiveSession({ db, sessionId, userId, issuedAtMs, now: new Date(now) });
  if (!session) return { outcome: "cleared" };
  const claims = await loadSessionClaims({ db, userId: decoded.sub });
  if (!claims || claims.disabled) return { outcome: "cleared" };
  if (claims.sessionsValidAfter !== null && decoded.issuedAtMs < claims.sessionsValidAfter) return { outcome: "cleared" };
  const maxAgeSeconds = Math.floor((decoded.issuedAtMs + SESSION_MAX_AGE_SECONDS * 1000 - now) / 1000);
  if (maxAgeSeconds <= 0) return { outcome: "cleared" };

  const fresh = await encodeSessionToken({
    user: claims.user,
    sessionId: decoded.sid,
    rolesAt: claims.rolesChangedAt,
    secret,
    maxAgeSeconds,
    issuedAtMs: decoded.issuedAtMs,
  });
  return { outcome: "reissued", token: fresh, maxAgeSeconds };
}
