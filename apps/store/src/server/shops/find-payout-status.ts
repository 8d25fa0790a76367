import { payoutAccountStatus, type PayoutAccountStatus } from "@stepperslife/payments";
import type { Database } from "../../vertical";

/** Where a shop stands with getting paid (its payments business id is the shop's id); "not_started" without an account. */
export async function findPayoutStatus({ db, shopId }: { db: Database; shopId: string }): Promise<PayoutAccountStatus | "not_started"> {
  const account = await db.connectedAccount.findUnique({ where: { businessId: shopId } });
  return account ? payoutAccountStatus(account) : "not_started";
}

/** The profile page's one line about it, in the Get paid page's words. */
export const payoutStatusWords: Record<PayoutAccountStatus | "not_started", string> = {
  not_started: "Not set up yet: buyers can't pay for this shop's products by card until you set up payouts.",
  details_needed: "Stripe needs a few more details before it can pay you.",
  pending_verification: "Stripe is checking your details.",
  payouts_enabled: "Card payments and payouts are on.",
};
