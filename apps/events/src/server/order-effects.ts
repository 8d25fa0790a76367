import "server-only";
import { appBaseUrl, db, mailer, refunder } from "../vertical";
import { sendRefundEmail } from "./orders/send-refund-email";
import { sendTicketsEmail } from "./orders/send-tickets-email";
import { buildWebhookHandlers } from "./payments/build-webhook-handlers";

/** Emails the tickets of an order that was just issued (free at once, paid when Stripe confirms). */
export function onOrderPaid(orderId: string): Promise<void> {
  return sendTicketsEmail({ db: db(), mailer: mailer(), orderId, orderUrl: `${appBaseUrl()}/orders/${orderId}` });
}

/** Tells the buyer their order was refunded because the organizer cancelled the event (once, by the refunding path). */
export function onOrderRefunded(orderId: string): Promise<void> {
  return sendRefundEmail({ db: db(), mailer: mailer(), orderId, orderUrl: `${appBaseUrl()}/orders/${orderId}` });
}

/** What this app does with each Stripe event, wired to its database and mailer. */
export const webhookHandlers = () => buildWebhookHandlers({ db: db(), onPaid: onOrderPaid, refund: refunder(), onRefunded: onOrderRefunded });
