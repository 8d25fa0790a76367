import { checkoutSessionHandlers, type CheckoutSummary, type WebhookHandlers } from "@stepperslife/payments";
import type { Database } from "../../vertical";
import { cancelUnpaidOrder } from "../orders/cancel-unpaid-order";
import { markOrderPaid } from "../orders/mark-order-paid";
import { refundLatePayment } from "../orders/refund-late-payment";
import type { OnOrderRefunded, Refunder } from "../organizer/cancel-event";

/**
 * Runs once per order, for whichever path (webhook or success page) actually marked it paid, after that transaction
 * (which also queued the tickets email) committed.
 */
export type OnOrderPaid = (orderId: string) => Promise<void>;

/** Marks the order of a paid session paid; shared by the webhook and the success page (confirmCheckout). */
export async function fulfilCheckout({
  db,
  session,
  onPaid,
  refund,
  onRefunded,
}: {
  db: Database;
  session: CheckoutSummary;
  onPaid: OnOrderPaid;
  refund: Refunder;
  onRefunded?: OnOrderRefunded;
}): Promise<"processed" | "ignored"> {
  if (session.paymentStatus !== "paid" || !session.metadata.orderId) return "ignored";
  const result = await markOrderPaid({
    db,
    checkout: { checkoutSessionId: session.id, orderId: session.clientReferenceId, paymentIntentId: session.paymentIntentId, amountTotalCents: session.amountTotalCents, currency: session.currency },
  });
  if (result.outcome === "paid") {
    await onPaid(result.orderId);
    return "processed";
  }
  if (result.outcome === "not_payable") {
    // Paid after the event was cancelled, or after the hold expired and the seats were sold: give the money back.
    await refundLatePayment({ db, refund, orderId: result.orderId!, paymentIntentId: session.paymentIntentId, onRefunded });
    return "processed";
  }
  return result.outcome === "already_paid" ? "processed" : "ignored";
}

/** What this app does when a checkout session is paid or expires; every other Stripe event is logged as ignored. */
export function buildWebhookHandlers({ db, onPaid, refund, onRefunded }: { db: Database; onPaid: OnOrderPaid; refund: Refunder; onRefunded?: OnOrderRefunded }): WebhookHandlers {
  return checkoutSessionHandlers({
    paid: (session) => fulfilCheckout({ db, session, onPaid, refund, onRefunded }),
    expired: async (session) => ((await cancelUnpaidOrder({ db, checkoutSessionId: session.id })) ? "processed" : "ignored"),
  });
}
