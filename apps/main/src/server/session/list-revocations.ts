import type { PrismaClient } from "../../generated/prisma/client";

export interface RevocationEntry {
  id: string;
  sessionsValidAfter: number | null;
  rolesChangedAt: number | null;
}

/** Sessions last at most 30 days, so older changes can no longer matter to any token. */
export const REVOCATION_HORIZON_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Users whose sessions were revoked or whose roles changed at or after `since` (ms), for the verticals' watchers.
 * `since` is clamped to the last 30 days (since=0 means "everything still relevant").
 */
export async function listRevocations({ db, since, now }: { db: PrismaClient; since: number; now: number }): Promise<RevocationEntry[]> {
  const from = new Date(Math.max(since, now - REVOCATION_HORIZON_MS));
  const users = await db.user.findMany({
    where: { OR: [{ sessionsValidAfter: { gte: from } }, { rolesChangedAt: { gte: from } }] },
    select: { id: true, sessionsValidAfter: true, rolesChangedAt: true },
    orderBy: { id: "asc" },
  });
  return users.map((user) => ({
    id: user.id,
    sessionsValidAfter: user.sessionsValidAfter?.getTime() ?? null,
    rolesChangedAt: user.rolesChangedAt?.getTime() ?? null,
  }));
}
