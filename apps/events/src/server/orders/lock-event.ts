import type { Transaction } from "../../vertical";

export interface LockedEvent {
  id: string;
  status: "draft" | "published" | "cancelled";
  capacity: number | null;
  endsAt: Date;
}

/**
 * Locks an event's row until the transaction ends (SELECT … FOR UPDATE). Every change to an event's seats (placing,
 * paying, expiring, cancelling orders) takes this lock first, so seat counts change one order at a time per event
 * and lock order is always event → orders → ticket types (no deadlocks).
 */
export async function lockEvent({ tx, eventId }: { tx: Transaction; eventId: string }): Promise<LockedEvent | null> {
  const rows = await tx.$queryRaw<{ id: string; status: LockedEvent["status"]; capacity: number | null; ends_at: Date }[]>`
    SELECT id::text AS id, status::text AS status, capacity, ends_at FROM events WHERE id = ${eventId}::uuid FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, status: row.status, capacity: row.capacity, endsAt: row.ends_at } : null;
}
