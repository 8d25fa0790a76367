import type { PrismaClient } from "../../generated/prisma/client";

/** Saves what a person may change about themselves (today: the name shown across SteppersLife). */
export async function updateProfile({ db, userId, name }: { db: PrismaClient; userId: string; name: string }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name } });
}
