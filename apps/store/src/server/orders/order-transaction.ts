/**
 * Orders touch many rows (stock of every line, a shipment per shop): a burst of buyers queues on the pool, so a
 * transaction may wait its turn longer than Prisma's 2 s default before it starts.
 */
export const ORDER_TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;

/** How long an unpaid order holds its stock: Stripe's page lives at most 35 minutes (30, rounded up to 5), plus a margin. */
export const HOLD_MINUTES = 36;
