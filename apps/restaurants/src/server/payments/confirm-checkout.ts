import { retrieveCheckoutSession, type Payments } from "@stepperslife/payments";
import type { Database } from "../../vertical";
import type { RefundPayment } from "../orders/change-order-status";
import { fulfilCheckout, type OnOrderPaid } from "./fulfil-checkout";

/**
 * The success page's side of the race with the webhook: it asks Stripe for the session itself and marks the order
 * paid if it is (the same exactly-once update), so the customer sees "paid" even before the webhook arrives.
 */
export async function confirmCheckout(options: { db: Database; payments: Payments; orderId: string; sessionId: string; onPaid: OnOrderPaid; refund: RefundPayment }): Promise<void> {
  const { db, payments, orderId, sessionId, onPaid, refund } = options;
  const order = await db.order.findUnique({ where: { id: orderId }, select: { checkoutSessionId: true, paidAt: true } });
  if (!order || order.paidAt || order.checkoutSessionId !== sessionId) return;
  const session = await retrieveCheckoutSession(payments, sessionId);
  if (session.clientReferenceId !== orderId) return;
  await fulfilCheckout({ db, session, onPaid, refund });
}
