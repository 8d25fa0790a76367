import { checkoutSessionHandlers, type WebhookHandlers } from "@stepperslife/payments";
import type { Database } from "../../vertical";
import { cancelUnpaidOrder } from "../orders/cancel-unpaid-order";
import type { RefundPayment } from "../orders/change-order-status";
import { fulfilCheckout, type OnOrderPaid } from "./fulfil-checkout";

/** What this app does when a checkout session is paid or expires; every other Stripe event is logged as ignored. */
export function buildWebhookHandlers({ db, onPaid, refund }: { db: Database; onPaid: OnOrderPaid; refund: RefundPayment }): WebhookHandlers {
  return checkoutSessionHandlers({
    paid: (session) => fulfilCheckout({ db, session, onPaid, refund }),
    expired: async (session) => ((await cancelUnpaidOrder({ db, checkoutSessionId: session.id })) ? "processed" : "ignored"),
  });
}
