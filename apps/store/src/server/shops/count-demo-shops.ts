import type { Database } from "../../vertical";
import { DEMO_OWNER_ID } from "../seed/demo-owner";

/** How many demo shops nobody has claimed yet (the dashboard offers to take them over). */
export function countDemoShops({ db }: { db: Database }): Promise<number> {
  return db.shop.count({ where: { ownerId: DEMO_OWNER_ID } });
}
