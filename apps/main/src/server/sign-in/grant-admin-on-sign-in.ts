import type { PrismaClient } from "../../generated/prisma/client";
import { grantRole } from "../roles/grant-role";

/**
 * The first admin: whoever signs in with ADMIN_EMAIL is made an admin (once; later sign-ins change nothing).
 * Returns whether a grant was made.
 */
export async function grantAdminOnSignIn({
  db,
  user,
  adminEmail,
}: {
  db: PrismaClient;
  user: { id: string; email: string | null | undefined };
  adminEmail: string | undefined;
}): Promise<boolean> {
  if (!adminEmail || !user.email || user.email.trim().toLowerCase() !== adminEmail.trim().toLowerCase()) return false;
  return (await grantRole({ db, userId: user.id, role: "admin" })) === "granted";
}
