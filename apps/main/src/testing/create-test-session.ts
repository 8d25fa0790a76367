import type { SessionUser } from "@stepperslife/auth-config";
import { createSessionId, encodeSessionToken, SESSION_MAX_AGE_SECONDS } from "@stepperslife/auth-config/server";
import type { PrismaClient } from "../generated/prisma/client";
import { startUserSession } from "../server/session/start-user-session";

export interface TestSession {
  sessionId: string;
  token: string;
  /** `stepperslife.session-token=<token>` (the plain http name). */
  cookie: string;
  issuedAtMs: number;
  expiresAtMs: number;
}

/**
 * For tests: a sign-in as the portal makes one — the UserSession row, then a real token carrying its id — without
 * going through an email link.
 */
export async function createTestSession({
  db,
  user,
  secret,
  issuedAtMs = Date.now() - 60_000,
  device = "Chrome on Linux",
  rolesAt = 0,
}: {
  db: PrismaClient;
  user: SessionUser;
  secret: string;
  issuedAtMs?: number;
  device?: string | null;
  rolesAt?: number;
}): Promise<TestSession> {
  const sessionId = createSessionId();
  const expiresAtMs = issuedAtMs + SESSION_MAX_AGE_SECONDS * 1000;
  await startUserSession({ db, id: sessionId, userId: user.id, issuedAtMs, expiresAtMs, device });
  const token = await encodeSessionToken({ user, sessionId, rolesAt, secret, issuedAtMs });
  return { sessionId, token, cookie: `stepperslife.session-token=${token}`, issuedAtMs, expiresAtMs };
}
