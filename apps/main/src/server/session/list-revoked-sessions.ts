import type { PrismaClient } from "../../generated/prisma/client";
import { REVOCATION_HORIZON_MS } from "./list-revocations";

export interface RevokedSessionEntry {
  id: string;
  /** ms since the epoch. */
  revokedAt: number;
  /** ms; the apps forget the entry then, as every token of that session has expired by then. */
  expiresAt: number;
}

/**
 * Single sessions signed out at or after `since` (ms, clamped to the last 30 days) that have not ended anyway, for
 * the verticals' watchers. Expired ones are left out: no token of theirs can be presented any more.
 */
export async function listRevokedSessions({
  db,
  since,
  now,
}: {
  db: PrismaClient;
  since: number;
  now: number;
}): Promise<RevokedSessionEntry[]> {
  const sessions = await db.userSession.findMany({
    where: { revokedAt: { gte: new Date(Math.max(since, now - REVOCATION_HORIZON_MS)) }, expiresAt: { gt: new Date(now) } },
    select: { id: true, revokedAt: true, expiresAt: true },
    orderBy: { id: "asc" },
  });
  return sessions.map((session) => ({ id: session.id, revokedAt: session.revokedAt!.getTime(), expiresAt: session.expiresAt.getTime() }));
}
