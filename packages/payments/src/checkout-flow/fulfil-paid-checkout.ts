import type { PlatformFeePolicy } from "../connect/platform-fee";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { recordBusinessPayment } from "../ledger/record-business-payment";
import { payBusinessShares } from "../split/pay-business-shares";
import type { CheckoutSummary } from "../to-checkout-summary";
import type { CheckoutDomain } from "./checkout-domain";
import { refundLatePayment } from "./refund-late-payment";

/**
 * A paid session, from the webhook or the success page: its order is marked paid (once, by the domain), or, when
 * the order can no longer be honoured, the payment is refunded. "processed" also for a duplicate: the order is
 * paid, which is what was asked. A paid order's payment goes into the business's ledger, duplicates included: a
 * run that marked the order paid and then failed to record is completed by Stripe's retry, and the ledger keeps
 * one row per payment intent and business however often this runs. An order paid for several businesses (its
 * session names a transfer group) pays each its share then, read again from the order.
 */
export async function fulfilPaidCheckout<Db extends RawSqlClient>(input: {
  db: Db;
  domain: Pick<CheckoutDomain<Db>, "scopeKey" | "markPaid" | "recordLateRefund" | "loadCheckoutOrder">;
  payments: Payments | null;
  fees: PlatformFeePolicy;
  session: CheckoutSummary;
}): Promise<"processed" | "ignored"> {
  const { db, domain, payments, fees, session } = input;
  if (session.paymentStatus !== "paid" || !session.metadata.orderId) return "ignored";
  const result = await domain.markPaid({
    db,
    checkout: {
      checkoutSessionId: session.id,
      orderId: session.clientReferenceId,
      paymentIntentId: session.paymentIntentId,
      amountTotalCents: session.amountTotalCents,
      currency: session.currency,
      shippingAddress: session.shippingAddress,
    },
  });
  if (result.outcome === "not_payable" && result.orderId) {
    await refundLatePayment({ db, domain, payments, orderId: result.orderId, checkoutSessionId: session.id, paymentIntentId: session.paymentIntentId });
    return "processed";
  }
  if (result.outcome !== "paid" && result.outcome !== "already_paid") return "ignored";
  if (!payments || !session.paymentIntentId || !result.orderId) return "processed";
  const transferGroup = session.metadata.transferGroup;
  if (transferGroup) {
    const { shares } = await domain.loadCheckoutOrder({ db, orderId: result.orderId });
    if (!shares) throw new Error(`order ${result.orderId} was paid for several businesses, but its domain names no shares now`);
    await payBusinessShares({ db, payments, fees, orderId: result.orderId, paymentIntentId: session.paymentIntentId, transferGroup, shares });
    return "processed";
  }
  const scopeId = session.metadata[domain.scopeKey];
  if (scopeId) await recordBusinessPayment({ db, payments, paymentIntentId: session.paymentIntentId, orderId: result.orderId, scopeId });
  return "processed";
}
