import type { Prisma } from "../../generated/prisma/client";

/**
 * Locks one user's row until the transaction ends, so that role and account changes of the same user run one after
 * another (PostgreSQL's unique index lets several admin grants with a null app through, the lock does not).
 * Returns false when there is no such user.
 */
export async function lockUserRow({ tx, userId }: { tx: Prisma.TransactionClient; userId: string }): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  return rows.length > 0;
}
