import type { Database, Transaction } from "../../vertical";
import { lockEvent } from "./lock-event";
import { releaseOrder } from "./release-order";

export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** Inside a transaction that already holds the event's lock: expires the event's orders whose hold ran out. */
export async function expireLapsedHoldsLocked({ tx, eventId, now }: { tx: Transaction; eventId: string; now: Date }): Promise<number> {
  const lapsed = await tx.order.findMany({ where: { eventId, status: "awaiting_payment", holdExpiresAt: { lt: now } }, select: { id: true } });
  let released = 0;
  for (const { id } of lapsed) if (await releaseOrder({ tx, orderId: id, to: "expired" })) released += 1;
  return released;
}

/**
 * Abandoned checkouts give their seats back lazily: before seats are counted (event page, purchase), any order of
 * the event still awaiting payment after its hold ran out is expired. A cheap read first; the lock only when needed.
 */
export async function expireLapsedHolds({ db, eventId, now = new Date() }: { db: Database; eventId: string; now?: Date }): Promise<number> {
  const any = await db.order.count({ where: { eventId, status: "awaiting_payment", holdExpiresAt: { lt: now } } });
  if (any === 0) return 0;
  return db.$transaction(async (tx) => {
    if (!(await lockEvent({ tx, eventId }))) return 0;
    return expireLapsedHoldsLocked({ tx, eventId, now });
  }, TRANSACTION_OPTIONS);
}
