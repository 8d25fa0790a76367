import type { PrismaClient } from "../../generated/prisma/client";

export const SIGN_IN_ATTEMPT_LIMIT = 5;
export const SIGN_IN_ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

export type SignInAttemptDecision =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; limitedBy: Array<"email" | "ip"> };

/**
 * Counts a magic-link request against its email address and client IP: at most `limit` per key in any `windowMs`.
 * An allowed request is recorded; a refused one is not (it would only push the window further out).
 * The counters live in SignInAttempt, so every worker of every process shares them; a transaction-scoped advisory
 * lock per key makes the count-then-insert atomic.
 */
export async function limitSignInAttempts({
  db,
  email,
  ip,
  now = new Date(),
  limit = SIGN_IN_ATTEMPT_LIMIT,
  windowMs = SIGN_IN_ATTEMPT_WINDOW_MS,
}: {
  db: PrismaClient;
  /** Already normalized (trimmed, lower case). */
  email: string;
  /** Null when the request carries no client address: only the email counter applies. */
  ip: string | null;
  now?: Date;
  limit?: number;
  windowMs?: number;
}): Promise<SignInAttemptDecision> {
  const counters = [{ kind: "email" as const, key: `email:${email}` }, ...(ip ? [{ kind: "ip" as const, key: `ip:${ip}` }] : [])];
  const windowStart = new Date(now.getTime() - windowMs);

  return db.$transaction(async (tx) => {
    // Sorted, so two requests sharing both keys always lock in the same order (no deadlock).
    for (const { key } of [...counters].sort((a, b) => a.key.localeCompare(b.key))) {
      await tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    }

    let retryAfterMs = 0;
    const limitedBy: Array<"email" | "ip"> = [];
    for (const { kind, key } of counters) {
      const recent = await tx.signInAttempt.findMany({
        where: { key, createdAt: { gt: windowStart } },
        orderBy: { createdAt: "desc" },
        take: limit,
        select: { createdAt: true },
      });
      if (recent.length < limit) continue;
      // The limit-th newest attempt is the one whose expiry frees a slot.
      const freesSlot = recent[limit - 1]!.createdAt.getTime() + windowMs;
      retryAfterMs = Math.max(retryAfterMs, freesSlot - now.getTime());
      limitedBy.push(kind);
    }
    if (limitedBy.length > 0) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), limitedBy };
    }

    await tx.signInAttempt.createMany({ data: counters.map(({ key }) => ({ key, createdAt: now })) });
    // The table only ever needs one window of history.
    await tx.signInAttempt.deleteMany({ where: { createdAt: { lte: windowStart } } });
    return { allowed: true };
  });
}
