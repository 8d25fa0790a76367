import { decodeSessionToken, encodeSessionToken, SESSION_MAX_AGE_SECONDS } from "@stepperslife/auth-config/server";
import type { PrismaClient } from "../../generated/prisma/client";
import { loadSessionClaims } from "../accounts/load-session-claims";

export type RefreshedSession =
  /** Same sign-in (same issuedAtMs and end), current name, roles and rolesAt. */
  | { outcome: "reissued"; token: string; maxAgeSeconds: number }
  /** Forged, expired, revoked, disabled or deleted: the cookie must go. */
  | { outcome: "cleared" };

/**
 * A session token re-issued with the user's current claims, or the verdict that it is dead. The sign-in's
 * issuedAtMs is kept, so a refresh never stretches a session past 30 days from the moment the person signed in.
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

  const claims = await loadSessionClaims({ db, userId: decoded.sub });
  if (!claims || claims.disabled) return { outcome: "cleared" };
  if (claims.sessionsValidAfter !== null && decoded.issuedAtMs < claims.sessionsValidAfter) return { outcome: "cleared" };
  const maxAgeSeconds = Math.floor((decoded.issuedAtMs + SESSION_MAX_AGE_SECONDS * 1000 - now) / 1000);
  if (maxAgeSeconds <= 0) return { outcome: "cleared" };

  const fresh = await encodeSessionToken({
    user: claims.user,
    rolesAt: claims.rolesChangedAt,
    secret,
    maxAgeSeconds,
    issuedAtMs: decoded.issuedAtMs,
  });
  return { outcome: "reissued", token: fresh, maxAgeSeconds };
}
