import type { Database } from "../../vertical";
import { DEMO_OWNER_ID } from "../seed/demo-owner";

/**
 * Hands every still-unclaimed demo shop to `ownerId` (first come, first served; atomic). Returns how many. The demo
 * payout accounts stay behind: the new owner is paid into an account of their own, once they set one up.
 */
export async function claimDemoShops({ db, ownerId }: { db: Database; ownerId: string }): Promise<number> {
  return db.$transaction(async (tx) => {
    const demo = await tx.shop.findMany({ where: { ownerId: DEMO_OWNER_ID }, select: { id: true } });
    const ids = demo.map(({ id }) => id);
    const { count } = await tx.shop.updateMany({ where: { id: { in: ids }, ownerId: DEMO_OWNER_ID }, data: { ownerId } });
    // Only the shops this call took: a loser of a race must not touch the winner's (possibly new) accounts.
    const taken = await tx.shop.findMany({ where: { id: { in: ids }, ownerId }, select: { id: true } });
    await tx.connectedAccount.deleteMany({ where: { businessId: { in: taken.map(({ id }) => id) }, ownerId: { not: ownerId } } });
    return count;
  });
}
