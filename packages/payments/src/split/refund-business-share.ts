import { z } from "zod";
import type { Payments } from "../create-payments";
import { sharedRefundTotals } from "../ledger/shared-refund-totals";
import { toPaymentsError } from "../to-payments-error";
import { findBusinessTransfers } from "./find-business-transfers";
import { reverseBusinessTransfer, type BusinessTransferReversal } from "./reverse-business-transfer";

const refundInput = z.object({
  orderId: z.string().min(1).max(200),
  businessId: z.string().min(1).max(200),
  paymentIntentId: z.string().regex(/^pi_[A-Za-z0-9_]+$/, { error: "expected a Stripe payment intent id" }),
  transferGroup: z.string().min(1).max(200),
  refundCents: z.number().int().min(1),
  refundKey: z.string().min(1).max(200),
});

/**
 * Gives the customer back `refundCents` of one business's share of a payment made for several (a return of one
 * shop's lines), and takes the same proportion back from that business's transfer (`reverseBusinessTransfer`), so the
 * platform returns the same proportion of its fee. Never more than is left of the share: what this business's earlier
 * refunds took is counted from Stripe's own list, and more is refused (RangeError) before anything moves. The refund
 * names the business (metadata.businessId), which is how the ledger counts it against this share only. `refundKey`
 * is the refund's idempotency key: a retry refunds and reverses once. Callers serialise refunds of one share (a row
 * lock on it), since two different keys asked at once could each see the share untouched.
 */
export async function refundBusinessShare(
  payments: Payments,
  input: { orderId: string; businessId: string; paymentIntentId: string; transferGroup: string; refundCents: number; refundKey: string },
): Promise<{ refundId: string; reversal: BusinessTransferReversal }> {
  const { orderId, businessId, paymentIntentId, transferGroup, refundCents, refundKey } = refundInput.parse(input);
  const transfer = (await findBusinessTransfers(payments, { transferGroup, orderId })).get(businessId);
  if (!transfer) throw new Error(`order ${orderId} has no transfer to ${businessId} in ${transferGroup}: nothing of its share to refund`);
  let refundId: string;
  try {
    const intent = await payments.stripe.paymentIntents.retrieve(paymentIntentId);
    const chargeId = typeof intent.latest_charge === "string" ? intent.latest_charge : intent.latest_charge?.id;
    if (!chargeId) throw new Error(`payment ${paymentIntentId} of order ${orderId} has no charge to refund`);
    const existing = (await payments.stripe.refunds.list({ charge: chargeId, limit: 100 }).autoPagingToArray({ limit: 10_000 })).find(
      (refund) => refund.metadata?.refundKey === refundKey,
    );
    if (existing) {
      refundId = existing.id;
    } else {
      const refundedBefore = (await sharedRefundTotals(payments, chargeId)).get(businessId) ?? 0;
      const shareLeft = Number(transfer.metadata.shareCents) - refundedBefore;
      if (refundCents > shareLeft) {
        throw new RangeError(`refund of ${refundCents} is more than the ${Math.max(0, shareLeft)} left of ${businessId}'s share of order ${orderId}`);
      }
      const refund = await payments.stripe.refunds.create(
        { payment_intent: paymentIntentId, amount: refundCents, metadata: { orderId, businessId, refundKey } },
        { idempotencyKey: refundKey },
      );
      refundId = refund.id;
    }
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw toPaymentsError(error);
  }
  const reversal = await reverseBusinessTransfer(payments, { orderId, businessId, transferGroup, refundCents, refundKey });
  return { refundId, reversal };
}
