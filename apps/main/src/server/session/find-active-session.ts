import type { PrismaClient } from "../../generated/prisma/client";

export interface ActiveSession {
  id: string;
  userId: string;
  expiresAt: Date;
  lastUsedAt: Date | null;
}

/**
 * The session a token names, if it is still live on the server: recorded for that user, not revoked (this device
 * signed out, or all of them), not past its end, and its user neither disabled nor signed out everywhere since the
 * token was issued. Null otherwise; the token then counts as signed out.
 */
export async function findActiveSession({
  db,
  sessionId,
  userId,
  issuedAtMs,
  now = new Date(),
}: {
  db: PrismaClient;
  sessionId: string;
  userId: string;
  issuedAtMs: number;
  now?: Date;
}): Promise<ActiveSession | null> {
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { disabledAt: true, sessionsValidAfter: true } },
    },
  });
  if (!session || session.user.disabledAt !== null) return null;
  const validAfter = session.user.sessionsValidAfter?.getTime();
  if (validAfter !== undefined && issuedAtMs < validAfter) return null;
  return { id: session.id, userId: session.userId, expiresAt: session.expiresAt, lastUsedAt: session.lastUsedAt };
}
