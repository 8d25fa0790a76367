import type { PrismaClient } from "../../generated/prisma/client";

export interface RevokedSession {
  id: string;
  revokedAt: Date;
  expiresAt: Date;
}

/**
 * Signs one device out: marks the user's session revoked (the feed then tells every app within a second). Only the
 * owner's own session: a session of someone else, or none by that id, gives null. Revoking twice keeps the first time.
 */
export async function revokeUserSession({
  db,
  userId,
  sessionId,
  now = new Date(),
}: {
  db: PrismaClient;
  userId: string;
  sessionId: string;
  now?: Date;
}): Promise<RevokedSession | null> {
  await db.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: now } });
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId },
    select: { id: true, revokedAt: true, expiresAt: true },
  });
  return session?.revokedAt ? { id: session.id, revokedAt: session.revokedAt, expiresAt: session.expiresAt } : null;
}
