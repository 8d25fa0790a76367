import type { Role } from "@stepperslife/auth-config";
import type { PrismaClient } from "../../generated/prisma/client";
import { roleFromGrant } from "../roles/role-from-grant";

export interface FoundUser {
  id: string;
  name: string | null;
  email: string;
  roles: Role[];
  disabled: boolean;
  createdAt: Date;
}

/** Users whose email contains `query` (any case), newest first; the newest accounts when the query is empty. */
export async function findUsers({ db, query, limit = 25 }: { db: PrismaClient; query: string; limit?: number }): Promise<FoundUser[]> {
  const trimmed = query.trim();
  const users = await db.user.findMany({
    where: trimmed ? { email: { contains: trimmed, mode: "insensitive" } } : {},
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      name: true,
      email: true,
      disabledAt: true,
      createdAt: true,
      roleGrants: { select: { role: true, app: true } },
    },
  });
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roleGrants.map(roleFromGrant).filter((role): role is Role => role !== null).sort(),
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
  }));
}
