import type Stripe from "stripe";
import type { Payments } from "../create-payments";
import { toPaymentsError } from "../to-payments-error";

/**
 * The transfers already made for an order's businesses, by business id, as Stripe lists them under the order's
 * transfer group (the metadata `transferToBusinesses` writes names the order and the business). Asking Stripe, not
 * only relying on idempotency keys, keeps a retry days later (keys last 24 hours) from paying a business twice.
 */
export async function findBusinessTransfers(
  payments: Payments,
  { transferGroup, orderId }: { transferGroup: string; orderId: string },
): Promise<Map<string, Stripe.Transfer>> {
  try {
    const listed = payments.stripe.transfers.list({ transfer_group: transferGroup, limit: 100 });
    const transfers = await listed.autoPagingToArray({ limit: 10_000 });
    const byBusiness = new Map<string, Stripe.Transfer>();
    for (const transfer of transfers) {
      const businessId = transfer.metadata?.businessId;
      // Oldest wins, should there ever be two: the list is newest first.
      if (businessId && transfer.metadata?.orderId === orderId) byBusiness.set(businessId, transfer);
    }
    return byBusiness;
  } catch (error) {
    throw toPaymentsError(error);
  }
}
