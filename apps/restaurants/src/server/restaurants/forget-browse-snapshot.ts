import type { Database } from "../../vertical";
import { browseSnapshots } from "./browse-snapshots";

/** Called by every write that changes what a restaurant card shows, so this worker's next listing is fresh. */
export function forgetBrowseSnapshot({ db }: { db: Database }): void {
  browseSnapshots.delete(db);
}
