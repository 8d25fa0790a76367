import type { Role } from "@stepperslife/auth-config";
import type { PrismaClient } from "../../generated/prisma/client";
import { grantFromRole } from "./grant-from-role";
import { lockUserRow } from "./lock-user-row";

export type GrantRoleResult = "granted" | "already-granted" | "user-not-found";

/** Gives a user a role; a new grant sets rolesChangedAt so that the user's session tokens are refreshed. */
export async function grantRole({
  db,
  userId,
  role,
  grantedById = null,
  now = new Date(),
}: {
  db: PrismaClient;
  userId: string;
  role: Role;
  /** The admin who granted it; null for ADMIN_EMAIL and the grant-admin CLI. */
  grantedById?: string | null;
  now?: Date;
}): Promise<GrantRoleResult> {
  const grant = grantFromRole(role);
  return db.$transaction(async (tx) => {
    if (!(await lockUserRow({ tx, userId }))) return "user-not-found";
    const existing = await tx.roleGrant.findFirst({ where: { userId, role: grant.role, app: grant.app }, select: { id: true } });
    if (existing) return "already-granted";
    await tx.roleGrant.create({ data: { userId, role: grant.role, app: grant.app, grantedAt: now, grantedById } });
    await tx.user.update({ where: { id: userId }, data: { rolesChangedAt: now } });
    return "granted";
  });
}
