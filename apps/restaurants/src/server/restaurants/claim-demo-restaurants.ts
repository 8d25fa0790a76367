import type { Database } from "../../vertical";
import { DEMO_OWNER_ID } from "../seed/demo-owner";

/** Hands every still-unclaimed demo restaurant to `ownerId` (first come, first served; atomic). Returns how many. */
export async function claimDemoRestaurants({ db, ownerId }: { db: Database; ownerId: string }): Promise<number> {
  const { count } = await db.restaurant.updateMany({ where: { ownerId: DEMO_OWNER_ID }, data: { ownerId } });
  return count;
}
