import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { grantRole } from "../roles/grant-role";

export interface GrantAdminByEmailResult {
  userId: string;
  email: string;
  createdUser: boolean;
  /** False when the user was an admin already. */
  granted: boolean;
}

const emailSchema = z.email().max(254);

/**
 * Makes the person with this address an admin, creating their account (no password: they sign in with a magic
 * link) when there is none yet. Used by the grant-admin CLI and for ADMIN_EMAIL. Throws on a malformed address.
 */
export async function grantAdminByEmail({
  db,
  email,
  now = new Date(),
}: {
  db: PrismaClient;
  email: string;
  now?: Date;
}): Promise<GrantAdminByEmailResult> {
  const address = emailSchema.parse(email.normalize("NFKC").trim().toLowerCase());
  const existing = await db.user.findUnique({ where: { email: address }, select: { id: true } });
  const user = existing ?? (await db.user.upsert({ where: { email: address }, create: { email: address }, update: {}, select: { id: true } }));
  const result = await grantRole({ db, userId: user.id, role: "admin", now });
  return { userId: user.id, email: address, createdUser: existing === null, granted: result === "granted" };
}
