import type { PrismaClient } from "../../generated/prisma/client";

/**
 * "Sign out of all devices": every session token of the user issued before `now` stops working across the fleet
 * (sessionsValidAfter, which the feed carries per user), and every session row is marked revoked so the portal's
 * own checks and the session list agree. One transaction: never one without the other.
 */
export async function revokeSessions({ db, userId, now = new Date() }: { db: PrismaClient; userId: string; now?: Date }): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionsValidAfter: now } }),
    db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
  ]);
}
