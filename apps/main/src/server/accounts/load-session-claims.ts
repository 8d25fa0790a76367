import type { Role, SessionUser } from "@stepperslife/auth-config";
import type { PrismaClient } from "../../generated/prisma/client";
import { roleFromGrant } from "../roles/role-from-grant";

export interface SessionClaims {
  /** What the session token carries about the user. */
  user: SessionUser;
  /** ms; 0 when the user's roles never changed. Becomes the token's `rolesAt`. */
  rolesChangedAt: number;
  /** ms; tokens issued before it are revoked. Null when never set. */
  sessionsValidAfter: number | null;
  disabled: boolean;
}

/** Everything a session token says about a user, read fresh from the database; null for an unknown user. */
export async function loadSessionClaims({ db, userId }: { db: PrismaClient; userId: string }): Promise<SessionClaims | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      image: true,
      disabledAt: true,
      sessionsValidAfter: true,
      rolesChangedAt: true,
      roleGrants: { select: { role: true, app: true } },
    },
  });
  if (!user) return null;
  const roles = user.roleGrants.map(roleFromGrant).filter((role): role is Role => role !== null).sort();
  return {
    user: { id: user.id, name: user.name, email: user.email, image: user.image, roles },
    rolesChangedAt: user.rolesChangedAt?.getTime() ?? 0,
    sessionsValidAfter: user.sessionsValidAfter?.getTime() ?? null,
    disabled: user.disabledAt !== null,
  };
}
