import type { Database } from "../../vertical";
import { catalogSnapshots } from "./catalog-snapshots";

/**
 * Called by every write that changes what browsing shows (publishing, editing a product or its variants, a sale
 * taking the last of a variant), so this worker's next listing is fresh; other workers catch up within the TTL.
 */
export function forgetCatalogSnapshot({ db }: { db: Database }): void {
  catalogSnapshots.delete(db);
}
