import type { PrismaClient } from "../../generated/prisma/client";

/** "Sign out of all devices": every session token of the user issued before `now` stops working across the fleet. */
export async function revokeSessions({ db, userId, now = new Date() }: { db: PrismaClient; userId: string; now?: Date }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionsValidAfter: now } });
}
