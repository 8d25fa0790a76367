import type { Database } from "../../vertical";
import { BROWSE_SNAPSHOT_TTL_MS, browseSnapshots } from "./browse-snapshots";
import type { RestaurantCardSource } from "./to-restaurant-card";

/**
 * Every restaurant with its hours, from a snapshot at most BROWSE_SNAPSHOT_TTL_MS old. Callers arriving while the
 * query runs share it, and a failed query is not kept, so the next caller asks the database again.
 */
export function loadBrowseSnapshot({ db, nowMs = performance.now() }: { db: Database; nowMs?: number }): Promise<RestaurantCardSource[]> {
  const current = browseSnapshots.get(db);
  if (current && nowMs - current.takenAt < BROWSE_SNAPSHOT_TTL_MS) return current.rows;
  const rows = db.restaurant.findMany({ include: { hours: true }, orderBy: { name: "asc" }, take: 500 });
  const snapshot = { rows, takenAt: nowMs };
  browseSnapshots.set(db, snapshot);
  rows.catch(() => {
    if (browseSnapshots.get(db) === snapshot) browseSnapshots.delete(db);
  });
  return rows;
}
