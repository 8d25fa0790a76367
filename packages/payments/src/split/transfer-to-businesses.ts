import { z } from "zod";
import { platformFeeCents, type PlatformFeePolicy } from "../connect/platform-fee";
import type { Payments } from "../create-payments";
import { toPaymentsError } from "../to-payments-error";
import { findBusinessTransfers } from "./find-business-transfers";

/** What one business is owed of a payment made for several: the gross of its part of the order. */
export interface BusinessShare {
  businessId: string;
  /** Its connected account (acct_…), from the connected-account store. */
  accountId: string;
  amountCents: number;
}

/** One business paid its share: the transfer made (or found) for it, and the platform's fee kept from the share. */
export interface BusinessTransfer {
  businessId: string;
  accountId: string;
  /** Null when the fee took the whole share, so there was nothing to transfer. */
  transferId: string | null;
  shareCents: number;
  feeCents: number;
  /** What the business received: share − fee. */
  transferredCents: number;
}

const transferInput = z.object({
  orderId: z.string().min(1).max(200),
  chargeId: z.string().regex(/^(ch|py)_[A-Za-z0-9_]+$/, { error: "expected a Stripe charge id" }),
  transferGroup: z.string().min(1).max(200),
  shares: z
    .array(
      z.object({
        businessId: z.string().min(1).max(200),
        accountId: z.string().regex(/^acct_[A-Za-z0-9_]+$/),
        amountCents: z.number().int().min(1),
      }),
    )
    .min(1)
    .refine((shares) => new Set(shares.map((share) => share.businessId)).size === shares.length, { error: "one share per business" }),
  feePolicy: z.object({ percent: z.number().min(0).max(100), fixedCents: z.number().int().min(0) }),
});

/**
 * Separate charges and transfers: after one payment for several businesses (a checkout with `transferGroup`), each
 * business is paid its share less the platform's fee on that share, one transfer each, drawn on the charge
 * (`source_transaction`, so the money moves when the charge's funds do) and grouped with it. Safe to call again, and
 * concurrently: a business already paid for this order is not paid twice (Stripe's list of the group, and one
 * idempotency key per order and business, `transfer-<orderId>-<businessId>`). Shares above the charge are refused.
 */
export async function transferToBusinesses(
  payments: Payments,
  input: { orderId: string; chargeId: string; transferGroup: string; shares: BusinessShare[]; feePolicy: PlatformFeePolicy },
): Promise<BusinessTransfer[]> {
  const { orderId, chargeId, transferGroup, shares, feePolicy } = transferInput.parse(input);
  let currency: string;
  try {
    const charge = await payments.stripe.charges.retrieve(chargeId);
    if (charge.status !== "succeeded") {
      throw new Error(`charge ${chargeId} of order ${orderId} has not succeeded (${charge.status}): nothing to transfer`);
    }
    const total = shares.reduce((sum, share) => sum + share.amountCents, 0);
    if (total > charge.amount) throw new RangeError(`order ${orderId}'s shares (${total}) are more than its charge ${chargeId} (${charge.amount})`);
    currency = charge.currency;
  } catch (error) {
    throw toPaymentsError(error);
  }
  const made = await findBusinessTransfers(payments, { transferGroup, orderId });
  const results: BusinessTransfer[] = [];
  for (const share of shares) {
    const feeCents = platformFeeCents(share.amountCents, feePolicy);
    const amount = share.amountCents - feeCents;
    const base = { businessId: share.businessId, accountId: share.accountId, shareCents: share.amountCents, feeCents, transferredCents: amount };
    const existing = made.get(share.businessId);
    if (existing) {
      // As it was made then (the fee policy may have changed since).
      const fee = Number(existing.metadata.feeCents ?? share.amountCents - existing.amount);
      const accountId = typeof existing.destination === "string" ? existing.destination : (existing.destination?.id ?? share.accountId);
      results.push({ ...base, transferId: existing.id, accountId, feeCents: fee, transferredCents: existing.amount });
      continue;
    }
    if (amount === 0) {
      results.push({ ...base, transferId: null });
      continue;
    }
    try {
      const transfer = await payments.stripe.transfers.create(
        {
          amount,
          currency,
          destination: share.accountId,
          source_transaction: chargeId,
          transfer_group: transferGroup,
          metadata: { orderId, businessId: share.businessId, shareCents: String(share.amountCents), feeCents: String(feeCents) },
        },
        { idempotencyKey: `transfer-${orderId}-${share.businessId}` },
      );
      results.push({ ...base, transferId: transfer.id });
    } catch (error) {
      throw toPaymentsError(error);
    }
  }
  return results;
}
