import type { PrismaClient } from "../../generated/prisma/client";
import { lockUserRow } from "../roles/lock-user-row";

export type SetAccountDisabledResult = "disabled" | "enabled" | "unchanged" | "user-not-found" | "cannot-disable-self";

/**
 * Disables an account (no more sign-ins; sessionsValidAfter = now and every session row revoked end each session it
 * has) or enables it again.
 * Nobody disables their own account from here.
 */
export async function setAccountDisabled({
  db,
  userId,
  disabled,
  actingUserId,
  now = new Date(),
}: {
  db: PrismaClient;
  userId: string;
  disabled: boolean;
  /** Who asks; null for operators' scripts. */
  actingUserId: string | null;
  now?: Date;
}): Promise<SetAccountDisabledResult> {
  if (disabled && actingUserId === userId) return "cannot-disable-self";
  return db.$transaction(async (tx) => {
    if (!(await lockUserRow({ tx, userId }))) return "user-not-found";
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { disabledAt: true } });
    if ((user.disabledAt !== null) === disabled) return "unchanged";
    await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt: now, sessionsValidAfter: now } : { disabledAt: null },
    });
    // Enabling again does not bring old sessions back: the person signs in anew.
    if (disabled) await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    return disabled ? "disabled" : "enabled";
  });
}
