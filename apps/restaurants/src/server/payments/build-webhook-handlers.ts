import { toCheckoutSummary, type Stripe, type WebhookHandlers } from "@stepperslife/payments";
import type { Database } from "../database";
import { cancelUnpaidOrder } from "../orders/cancel-unpaid-order";
import type { RefundPayment } from "../orders/change-order-status";
import { fulfilCheckout, type OnOrderPaid } from "./fulfil-checkout";

/** What this app does with each Stripe event type; everything else is logged as ignored. */
export function buildWebhookHandlers({ db, onPaid, refund }: { db: Database; onPaid: OnOrderPaid; refund: RefundPayment }): WebhookHandlers {
  const sessionOf = (event: Stripe.Event) => toCheckoutSummary(event.data.object as Stripe.Checkout.Session);
  const paid = (event: Stripe.Event) => fulfilCheckout({ db, session: sessionOf(event), onPaid, refund });
  return {
    "checkout.session.completed": paid,
    "checkout.session.async_payment_succeeded": paid,
    "checkout.session.expired": async (event) => ((await cancelUnpaidOrder({ db, checkoutSessionId: sessionOf(event).id })) ? "processed" : "ignored"),
  };
}
