import type { Payments } from "../create-payments";
import { toPaymentsError } from "../to-payments-error";

/**
 * What has been refunded of a charge shared by several businesses, per business: the refunds that name one
 * (metadata.businessId, as `refundBusinessShare` writes it), succeeded or pending. A refund naming none (made by
 * hand in the Stripe dashboard) is nobody's share: an operator sees it there.
 */
export async function sharedRefundTotals(payments: Payments, chargeId: string): Promise<Map<string, number>> {
  try {
    const refunds = await payments.stripe.refunds.list({ charge: chargeId, limit: 100 }).autoPagingToArray({ limit: 10_000 });
    const byBusiness = new Map<string, number>();
    for (const refund of refunds) {
      const businessId = refund.metadata?.businessId;
      if (!businessId || (refund.status !== "succeeded" && refund.status !== "pending")) continue;
      byBusiness.set(businessId, (byBusiness.get(businessId) ?? 0) + refund.amount);
    }
    return byBusiness;
  } catch (error) {
    throw toPaymentsError(error);
  }
}
