import type { PrismaClient } from "../../generated/prisma/client";

export interface UserSessionSummary {
  id: string;
  /** "Chrome on macOS"; null when the browser was not known at sign-in. */
  device: string | null;
  signedInAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
  /** The session of the browser asking. */
  current: boolean;
}

/** Enough for anyone's real devices; a longer list would only be old sign-ins from the same few browsers. */
const MAX_LISTED_SESSIONS = 50;

/**
 * A person's signed-in devices for the profile page: their own live sessions only (not revoked, not expired),
 * this browser first, then the most recently used.
 */
export async function listUserSessions({
  db,
  userId,
  currentSessionId,
  now = new Date(),
}: {
  db: PrismaClient;
  userId: string;
  currentSessionId: string | null;
  now?: Date;
}): Promise<UserSessionSummary[]> {
  const sessions = await db.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, device: true, createdAt: true, lastUsedAt: true, expiresAt: true },
    orderBy: [{ lastUsedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: MAX_LISTED_SESSIONS,
  });
  const summaries = sessions.map((session) => ({
    id: session.id,
    device: session.device,
    signedInAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    expiresAt: session.expiresAt,
    current: session.id === currentSessionId,
  }));
  return [...summaries.filter((session) => session.current), ...summaries.filter((session) => !session.current)];
}
