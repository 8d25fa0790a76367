import type { Database } from "../../vertical";
import type { RestaurantCardSource } from "./to-restaurant-card";

/**
 * What browsing reads: every restaurant with its weekly hours, as of `takenAt`. Kept per database client (tests
 * run several side by side) and per process; each cluster worker has its own.
 */
export interface BrowseSnapshot {
  rows: Promise<RestaurantCardSource[]>;
  takenAt: number;
}

export const browseSnapshots = new WeakMap<Database, BrowseSnapshot>();

/**
 * How long a snapshot serves: long enough that a busy listing costs one query per worker per interval instead of
 * one per request, short enough that another worker's edit shows within a moment (this worker's own edits forget
 * the snapshot at once).
 */
export const BROWSE_SNAPSHOT_TTL_MS = 2000;
