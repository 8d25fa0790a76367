import type { Database } from "../../vertical";
import { DEMO_OWNER_ID } from "../seed/demo-owner";

/**
 * Hands every still-unclaimed demo restaurant to `ownerId` (first come, first served; atomic). Returns how many.
 * The demo payout accounts stay behind: the new owner is paid into an account of their own, once they set one up.
 */
export async function claimDemoRestaurants({ db, ownerId }: { db: Database; ownerId: string }): Promise<number> {
  return db.$transaction(async (tx) => {
    const demo = await tx.restaurant.findMany({ where: { ownerId: DEMO_OWNER_ID }, select: { id: true } });
    const ids = demo.map(({ id }) => id);
    const { count } = await tx.restaurant.updateMany({ where: { id: { in: ids }, ownerId: DEMO_OWNER_ID }, data: { ownerId } });
    await tx.connectedAccount.deleteMany({ where: { businessId: { in: ids } } });
    return count;
  });
}
