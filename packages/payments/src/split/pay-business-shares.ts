import type Stripe from "stripe";
import type { CheckoutShare } from "../checkout-flow/checkout-domain";
import { createConnectedAccountStore } from "../connect/create-connected-account-store";
import type { PlatformFeePolicy } from "../connect/platform-fee";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { insertBusinessPayment } from "../ledger/insert-business-payment";
import { shareFeeRefunded } from "../ledger/share-fee-refunded";
import { sharedRefundTotals } from "../ledger/shared-refund-totals";
import { toPaymentsError } from "../to-payments-error";
import { transferToBusinesses, type BusinessTransfer } from "./transfer-to-businesses";

/**
 * After one payment for several businesses: each is transferred its share less the platform fee, and each share
 * goes into that business's ledger as its own row (gross = its share, fee = what the platform kept of it). Safe to
 * run again and concurrently (the success page and the webhook): transfers are made once per business
 * (`transferToBusinesses`) and rows written once per payment and business. A business without a connected account
 * here throws, so the event stays failed in the log for an operator rather than the money going nowhere.
 */
export async function payBusinessShares(input: {
  db: RawSqlClient;
  payments: Payments;
  fees: PlatformFeePolicy;
  orderId: string;
  paymentIntentId: string;
  transferGroup: string;
  shares: CheckoutShare[];
}): Promise<BusinessTransfer[]> {
  const { db, payments, fees, orderId, paymentIntentId, transferGroup, shares } = input;
  let charge: Stripe.Charge;
  try {
    const intent = await payments.stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] });
    if (!intent.latest_charge || typeof intent.latest_charge === "string") throw new Error(`payment ${paymentIntentId} of order ${orderId} has no charge`);
    charge = intent.latest_charge;
  } catch (error) {
    throw toPaymentsError(error);
  }
  const accounts = createConnectedAccountStore(db);
  const withAccounts = await Promise.all(
    shares.map(async (share) => {
      const account = await accounts.findByBusiness(share.businessId);
      if (!account) throw new Error(`order ${orderId} owes ${share.businessId} a share, but it has no connected account here`);
      return { ...share, accountId: account.id };
    }),
  );
  const transfers = await transferToBusinesses(payments, { orderId, chargeId: charge.id, transferGroup, shares: withAccounts, feePolicy: fees });
  // Refunds made before the rows existed (a retry recording late) are in from the start; charge.refunded keeps them current.
  const refunded = charge.amount_refunded > 0 ? await sharedRefundTotals(payments, charge.id) : new Map<string, number>();
  for (const transfer of transfers) {
    const share = withAccounts.find((each) => each.businessId === transfer.businessId)!;
    const refundedCents = refunded.get(transfer.businessId) ?? 0;
    await insertBusinessPayment(db, {
      businessId: transfer.businessId,
      scopeId: share.scopeId,
      orderId,
      paymentIntentId,
      chargeId: charge.id,
      connectedAccountId: transfer.accountId,
      currency: charge.currency,
      grossCents: transfer.shareCents,
      feeCents: transfer.feeCents,
      refundedCents,
      feeRefundedCents: shareFeeRefunded({ refundedCents, grossCents: transfer.shareCents, feeCents: transfer.feeCents }),
      paidAt: new Date(charge.created * 1000),
    });
  }
  return transfers;
}
