import "server-only";
import { db, refunder } from "../vertical";
import { buildWebhookHandlers } from "./payments/build-webhook-handlers";

/**
 * After an order was confirmed: placed to pay at pickup, or paid (Stripe). Its confirmation email was queued in the
 * transaction that confirmed it (placeOrder, markOrderPaid) and is sent by the app's job worker; what is left to do
 * after the commit is a log line.
 */
export async function onOrderConfirmed(orderId: string): Promise<void> {
  console.info(`order ${orderId}: confirmed; its confirmation email queued`);
}

/** What this app does with each Stripe event, wired to its database and Stripe account. */
export const webhookHandlers = () => buildWebhookHandlers({ db: db(), onPaid: onOrderConfirmed, refund: refunder() });
