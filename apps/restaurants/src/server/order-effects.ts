import "server-only";
import { appBaseUrl, db, mailer, refunder } from "../vertical";
import { sendOrderConfirmation } from "./orders/send-order-confirmation";
import { buildWebhookHandlers } from "./payments/build-webhook-handlers";

/** Emails the confirmation of an order that was just placed (pay at pickup) or paid (Stripe). */
export function onOrderConfirmed(orderId: string): Promise<void> {
  return sendOrderConfirmation({ db: db(), mailer: mailer(), orderId, orderUrl: `${appBaseUrl()}/orders/${orderId}` });
}

/** What this app does with each Stripe event, wired to its database and mailer. */
export const webhookHandlers = () => buildWebhookHandlers({ db: db(), onPaid: onOrderConfirmed, refund: refunder() });
