import type { CheckoutSummary } from "@stepperslife/payments";
import type { Database } from "../../vertical";
import type { RefundPayment } from "../orders/change-order-status";
import { markOrderPaid } from "../orders/mark-order-paid";
import { refundLatePayment } from "./refund-late-payment";

/**
 * Runs once per order, for whichever path (webhook or success page) actually marked it paid, after that transaction
 * (which also queued the confirmation email) committed.
 */
export type OnOrderPaid = (orderId: string) => Promise<void>;

/** Marks the order of a paid session paid; shared by the webhook and the success page (confirmCheckout). */
export async function fulfilCheckout({ db, session, onPaid, refund }: { db: Database; session: CheckoutSummary; onPaid: OnOrderPaid; refund: RefundPayment }): Promise<"processed" | "ignored"> {
  if (session.paymentStatus !== "paid" || !session.metadata.orderId) return "ignored";
  const result = await markOrderPaid({
    db,
    checkout: {
      checkoutSessionId: session.id,
      orderId: session.clientReferenceId,
      paymentIntentId: session.paymentIntentId,
      amountTotalCents: session.amountTotalCents,
      currency: session.currency,
    },
  });
  if (result.outcome === "paid") {
    await onPaid(result.orderId);
    return "processed";
  }
  if (result.outcome === "not_payable" && result.orderId) {
    await refundLatePayment({ db, refund, orderId: result.orderId, checkoutSessionId: session.id, paymentIntentId: session.paymentIntentId });
    return "processed";
  }
  // already_paid: the success page or an earlier event got there first; the order is paid, which is what was asked.
  return result.outcome === "already_paid" ? "processed" : "ignored";
}
