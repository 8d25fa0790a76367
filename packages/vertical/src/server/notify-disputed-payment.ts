import type { JobTransaction } from "@stepperslife/jobs";
import { createConnectedAccountStore, type DisputedPayment, type RawSqlClient } from "@stepperslife/payments";
import { enqueueDisputeEmail } from "./enqueue-dispute-email";

/**
 * A vertical's `recordDispute`: emails the owner who set up the business's payouts (the payout account keeps their
 * address), in the transaction that marked the payment disputed. The vertical says how it names the business and the
 * order, and where its payouts page is.
 */
export async function notifyDisputedPayment(
  tx: JobTransaction & RawSqlClient,
  input: { dispute: Omit<DisputedPayment<unknown>, "db">; businessName: string; orderLabel: string; payoutsUrl: string },
): Promise<void> {
  const { dispute, businessName, orderLabel, payoutsUrl } = input;
  const account = await createConnectedAccountStore(tx).findByBusiness(dispute.businessId);
  // An account set up before owners' emails were kept has no one to tell. Skipped, not thrown: throwing would leave the
  // dispute unrecorded on the payouts page, and Stripe retrying for an email no retry can send.
  if (!account?.ownerEmail) {
    console.warn(`dispute ${dispute.disputeId} of order ${dispute.orderId}: the payout account of ${dispute.businessId} has no owner email`);
    return;
  }
  const { amountCents, currency, reason, disputeId, businessId } = dispute;
  await enqueueDisputeEmail(tx, { to: account.ownerEmail, businessName, orderLabel, amountCents, currency, reason, payoutsUrl, disputeId, businessId });
}
