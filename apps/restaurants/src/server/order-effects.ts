import "server-only";
import { createWebhookEventStore, refundPayment, type WebhookEventStore } from "@stepperslife/payments";
import { appBaseUrl } from "./app-base-url";
import { db } from "./db";
import { mailer } from "./mailer";
import type { RefundPayment } from "./orders/change-order-status";
import { sendOrderConfirmation } from "./orders/send-order-confirmation";
import { payments } from "./payments";
import { buildWebhookHandlers } from "./payments/build-webhook-handlers";

/** Emails the confirmation of an order that was just placed (pay at pickup) or paid (Stripe). */
export function onOrderConfirmed(orderId: string): Promise<void> {
  return sendOrderConfirmation({ db: db(), mailer: mailer(), orderId, orderUrl: `${appBaseUrl()}/orders/${orderId}` });
}

/** What this app does with each Stripe event, wired to its database and mailer. */
export const webhookHandlers = () => buildWebhookHandlers({ db: db(), onPaid: onOrderConfirmed, refund: refunder() });

let store: WebhookEventStore | undefined;
/** The Stripe event log in this app's database (table stripe_webhook_events). */
export const webhookStore = () => (store ??= createWebhookEventStore(db()));

/** Refunds through this app's Stripe account, or null without Stripe. */
export function refunder(): RefundPayment {
  const account = payments();
  return account ? (input) => refundPayment(account, input) : null;
}
