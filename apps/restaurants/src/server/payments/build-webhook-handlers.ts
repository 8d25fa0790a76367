import { toCheckoutSummary, type CheckoutSummary, type Stripe, type WebhookHandlers } from "@stepperslife/payments";
import type { Database } from "../database";
import { cancelUnpaidOrder } from "../orders/cancel-unpaid-order";
import { markOrderPaid } from "../orders/mark-order-paid";

/** Runs once per order, for whichever path (webhook or success page) actually marked it paid. */
export type OnOrderPaid = (orderId: string) => Promise<void>;

/** Marks the order of a paid session paid; shared by the webhook and the success page (confirmCheckout). */
export async function fulfilCheckout({ db, session, onPaid }: { db: Database; session: CheckoutSummary; onPaid: OnOrderPaid }): Promise<"processed" | "ignored"> {
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
  if (result.outcome === "not_payable") throw new Error(`order ${result.orderId} was cancelled before session ${session.id} was paid: refund it`);
  // already_paid: the success page or an earlier event got there first; the order is paid, which is what was asked.
  return result.outcome === "already_paid" ? "processed" : "ignored";
}

/** What this app does with each Stripe event type; everything else is logged as ignored. */
export function buildWebhookHandlers({ db, onPaid }: { db: Database; onPaid: OnOrderPaid }): WebhookHandlers {
  const sessionOf = (event: Stripe.Event) => toCheckoutSummary(event.data.object as Stripe.Checkout.Session);
  const paid = (event: Stripe.Event) => fulfilCheckout({ db, session: sessionOf(event), onPaid });
  return {
    "checkout.session.completed": paid,
    "checkout.session.async_payment_succeeded": paid,
    "checkout.session.expired": async (event) => ((await cancelUnpaidOrder({ db, checkoutSessionId: sessionOf(event).id })) ? "processed" : "ignored"),
  };
}
