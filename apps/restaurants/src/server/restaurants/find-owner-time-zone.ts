import { HOME_TIME_ZONE } from "@stepperslife/ui";
import type { Database } from "../../vertical";

/**
 * The zone the owner's kitchens keep (their first restaurant's), for owner pages not about one restaurant; the scene's
 * home zone when they have none yet.
 */
export async function findOwnerTimeZone({ db, ownerId }: { db: Database; ownerId: string }): Promise<string> {
  const first = await db.restaurant.findFirst({ where: { ownerId }, orderBy: { createdAt: "asc" }, select: { timeZone: true } });
  return first?.timeZone ?? HOME_TIME_ZONE;
}
