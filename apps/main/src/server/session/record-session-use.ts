import type { PrismaClient } from "../../generated/prisma/client";

export interface SessionUse {
  id: string;
  /** ms since the epoch. */
  lastUsedAt: number;
}

/** "Last used" is shown to the minute; rewriting a row more often than this would cost writes and show nothing new. */
export const SESSION_USE_RESOLUTION_MS = 60_000;

/**
 * Saves when sessions were last used (batches the apps report, and the portal's own reads), in one statement. A
 * row moves only forward, and only when its last use is over a minute older, so a busy session costs at most one
 * write a minute; a time in the future (a skewed clock) counts as now. Revoked sessions are left as they ended.
 * Returns how many rows changed.
 */
export async function recordSessionUse({
  db,
  uses,
  now = Date.now(),
}: {
  db: PrismaClient;
  uses: SessionUse[];
  now?: number;
}): Promise<number> {
  if (uses.length === 0) return 0;
  const ids = uses.map((use) => use.id);
  const times = uses.map((use) => new Date(Math.min(use.lastUsedAt, now)).toISOString());
  // Prisma keeps DateTime as UTC in "timestamp without time zone": the ISO strings are cast to that, not timestamptz,
  // so the comparison never depends on the connection's TimeZone.
  return db.$executeRaw`
    UPDATE "UserSession" AS session
    SET "lastUsedAt" = used.at
    FROM (SELECT id, max(at) AS at FROM unnest(${ids}::text[], ${times}::timestamp(3)[]) AS reported(id, at) GROUP BY id) AS used
    WHERE session.id = used.id
      AND session."revokedAt" IS NULL
      AND (session."lastUsedAt" IS NULL OR session."lastUsedAt" < used.at - ${SESSION_USE_RESOLUTION_MS}::int * interval '1 millisecond')`;
}
