import { retrieveCheckoutSession, type Payments } from "@stepperslife/payments";
import type { Database } from "../../vertical";
import type { OnOrderRefunded, Refunder } from "../organizer/cancel-event";
import { fulfilCheckout, type OnOrderPaid } from "./build-webhook-handlers";

/**
 * The success page's side of the race with the webhook: it asks Stripe for the session itself and marks the order
 * paid if it is (the same exactly-once update), so the buyer sees tickets even before the webhook arrives.
 */
export async function confirmCheckout({
  db,
  payments,
  orderId,
  sessionId,
  onPaid,
  refund,
  onRefunded,
}: {
  db: Database;
  payments: Payments;
  orderId: string;
  sessionId: string;
  onPaid: OnOrderPaid;
  refund: Refunder;
  onRefunded?: OnOrderRefunded;
}): Promise<void> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { checkoutSessionId: true, paidAt: true } });
  if (!order || order.paidAt || order.checkoutSessionId !== sessionId) return;
  const session = await retrieveCheckoutSession(payments, sessionId);
  if (session.clientReferenceId !== orderId) return;
  await fulfilCheckout({ db, session, onPaid, refund, onRefunded });
}
