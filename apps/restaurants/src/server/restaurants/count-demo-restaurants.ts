import type { Database } from "../../vertical";
import { DEMO_OWNER_ID } from "../seed/demo-owner";

/** How many demo restaurants nobody has claimed yet (the dashboard offers to take them over). */
export function countDemoRestaurants({ db }: { db: Database }): Promise<number> {
  return db.restaurant.count({ where: { ownerId: DEMO_OWNER_ID } });
}
