import type { Role } from "@stepperslife/auth-config";
import type { PrismaClient } from "../../generated/prisma/client";
import { grantFromRole } from "./grant-from-role";
import { lockUserRow } from "./lock-user-row";

export type RevokeRoleResult = "revoked" | "not-granted" | "user-not-found" | "cannot-revoke-own-admin";

/**
 * Takes a role away; sets rolesChangedAt so that tokens carrying it stop counting it at once (they read as
 * stale, with no roles, until refreshed). An admin may not remove their own admin role: the fleet would risk
 * being left with no admin at all.
 */
export async function revokeRole({
  db,
  userId,
  role,
  actingUserId,
  now = new Date(),
}: {
  db: PrismaClient;
  userId: string;
  role: Role;
  /** Who asks; null for operators' scripts. */
  actingUserId: string | null;
  now?: Date;
}): Promise<RevokeRoleResult> {
  if (role === "admin" && actingUserId === userId) return "cannot-revoke-own-admin";
  const grant = grantFromRole(role);
  return db.$transaction(async (tx) => {
    if (!(await lockUserRow({ tx, userId }))) return "user-not-found";
    const { count } = await tx.roleGrant.deleteMany({ where: { userId, role: grant.role, app: grant.app } });
    if (count === 0) return "not-granted";
    await tx.user.update({ where: { id: userId }, data: { rolesChangedAt: now } });
    return "revoked";
  });
}
