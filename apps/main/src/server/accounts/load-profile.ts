import type { Role } from "@stepperslife/auth-config";
import type { PrismaClient } from "../../generated/prisma/client";
import { roleFromGrant } from "../roles/role-from-grant";

export interface Profile {
  id: string;
  name: string | null;
  email: string;
  createdAt: Date;
  roles: Role[];
  /** Identity providers linked to the account ("google", "github"); the emailed link always works too. */
  linkedProviders: string[];
}

/** What the profile page shows about a person; null when the account no longer exists. */
export async function loadProfile({ db, userId }: { db: PrismaClient; userId: string }): Promise<Profile | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      createdAt: true,
      roleGrants: { select: { role: true, app: true } },
      accounts: { select: { provider: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    createdAt: user.createdAt,
    roles: user.roleGrants.map(roleFromGrant).filter((role): role is Role => role !== null).sort(),
    linkedProviders: [...new Set(user.accounts.map((account) => account.provider))].sort(),
  };
}
