import "server-only";
import { db, refunder } from "../vertical";
import { buildWebhookHandlers } from "./payments/build-webhook-handlers";

// The emails themselves are queued inside the transactions that pay or refund an order (markOrderPaid, placeOrder,
// cancelEvent, refundLatePayment) and sent by the app's job worker; what runs after the commit is only a log line.

/** After an order was paid (free at once, or when Stripe confirms): its tickets and their email are committed. */
export async function onOrderPaid(orderId: string): Promise<void> {
  console.info(`order ${orderId}: paid; tickets issued and their email queued`);
}

/** After an order was refunded because the organizer cancelled the event (once, by the refunding path). */
export async function onOrderRefunded(orderId: string): Promise<void> {
  console.info(`order ${orderId}: refunded (event cancelled); the buyer's email queued`);
}

/** What this app does with each Stripe event, wired to its database and Stripe account. */
export const webhookHandlers = () => buildWebhookHandlers({ db: db(), onPaid: onOrderPaid, refund: refunder(), onRefunded: onOrderRefunded });
