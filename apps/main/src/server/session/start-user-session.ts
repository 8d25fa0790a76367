import type { PrismaClient } from "../../generated/prisma/client";

/**
 * Records a sign-in as it happens (the portal's jwt callback, before the cookie is written): its id is the token's
 * `sid`, so this one device can later be signed out alone. Its first use is the sign-in itself.
 */
export async function startUserSession({
  db,
  id,
  userId,
  issuedAtMs,
  expiresAtMs,
  device,
}: {
  db: PrismaClient;
  id: string;
  userId: string;
  issuedAtMs: number;
  expiresAtMs: number;
  /** describeDevice() of the signing-in browser; null when unknown. */
  device: string | null;
}): Promise<void> {
  const createdAt = new Date(issuedAtMs);
  await db.userSession.create({ data: { id, userId, createdAt, lastUsedAt: createdAt, expiresAt: new Date(expiresAtMs), device } });
}
