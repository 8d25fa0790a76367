import type Stripe from "stripe";
import { z } from "zod";
import type { Payments } from "../create-payments";
import { toPaymentsError } from "../to-payments-error";
import { findBusinessTransfers } from "./find-business-transfers";

const reverseInput = z.object({
  orderId: z.string().min(1).max(200),
  businessId: z.string().min(1).max(200),
  transferGroup: z.string().min(1).max(200),
  refundCents: z.number().int().min(1),
  refundKey: z.string().min(1).max(200),
});

/** What one reversal took back from the business; null and 0 when its part of the refund rounded to nothing. */
export interface BusinessTransferReversal {
  reversalId: string | null;
  transferId: string;
  reversedCents: number;
}

/**
 * A refund of `refundCents` of one business's share of a multi-business order (the customer is refunded with
 * `refundPayment`): takes back the same proportion of what the business received, `refundCents × transferred ÷
 * share`, so the platform gives back the same proportion of its fee, as refunds of destination charges do. The refund
 * that empties the share takes what is left of the transfer (no cent stranded by rounding); more than is left of the
 * share is refused, and nothing is ever reversed beyond the transfer. `refundKey` names the refund (the key the
 * customer's refund was made with, e.g. `refund-<orderId>-<n>`): the reversal's idempotency key is
 * `transfer-reversal-<businessId>-<refundKey>`, so a retry, or the same refund asked twice at once, reverses once;
 * the key is also written on the reversal, so asking again after Stripe forgot it (24 hours) finds it.
 */
export async function reverseBusinessTransfer(
  payments: Payments,
  input: { orderId: string; businessId: string; transferGroup: string; refundCents: number; refundKey: string },
): Promise<BusinessTransferReversal> {
  const { orderId, businessId, transferGroup, refundCents, refundKey } = reverseInput.parse(input);
  const transfer = (await findBusinessTransfers(payments, { transferGroup, orderId })).get(businessId);
  if (!transfer) throw new Error(`order ${orderId} has no transfer to ${businessId} in ${transferGroup} to reverse`);
  const reversals = await listReversals(payments, transfer);
  const done = reversals.find((reversal) => reversal.metadata?.refundKey === refundKey);
  if (done) return { reversalId: done.id, transferId: transfer.id, reversedCents: done.amount };
  const shareCents = Number(transfer.metadata.shareCents);
  if (!Number.isInteger(shareCents) || shareCents <= 0) {
    throw new Error(`transfer ${transfer.id} does not say the share it paid (metadata.shareCents)`);
  }
  const refundedBefore = reversals.reduce((sum, reversal) => sum + (Number(reversal.metadata?.refundCents) || 0), 0);
  const shareLeft = shareCents - refundedBefore;
  if (refundCents > shareLeft) {
    throw new RangeError(`refund of ${refundCents} is more than the ${Math.max(0, shareLeft)} left of ${businessId}'s share of order ${orderId}`);
  }
  const transferLeft = transfer.amount - transfer.amount_reversed;
  const proportional = Math.round((refundCents * transfer.amount) / shareCents);
  const amount = Math.max(0, Math.min(transferLeft, refundCents === shareLeft ? transferLeft : proportional));
  if (amount === 0) return { reversalId: null, transferId: transfer.id, reversedCents: 0 };
  try {
    const reversal = await payments.stripe.transfers.createReversal(
      transfer.id,
      { amount, metadata: { orderId, businessId, refundCents: String(refundCents), refundKey } },
      // Stripe's keys are one namespace per account: the customer's refund may already use the refund's own key.
      { idempotencyKey: `transfer-reversal-${businessId}-${refundKey}` },
    );
    return { reversalId: reversal.id, transferId: transfer.id, reversedCents: reversal.amount };
  } catch (error) {
    throw toPaymentsError(error);
  }
}

// The transfer carries its first page of reversals; a long history is listed in full.
async function listReversals(payments: Payments, transfer: Stripe.Transfer): Promise<Stripe.TransferReversal[]> {
  if (!transfer.reversals.has_more) return transfer.reversals.data;
  try {
    return await payments.stripe.transfers.listReversals(transfer.id, { limit: 100 }).autoPagingToArray({ limit: 10_000 });
  } catch (error) {
    throw toPaymentsError(error);
  }
}
