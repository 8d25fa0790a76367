import "server-only";
import { createWebhookEventStore, expireCheckoutSession, refundPayment, type WebhookEventStore } from "@stepperslife/payments";
import { appBaseUrl } from "./app-base-url";
import { db } from "./db";
import { mailer } from "./mailer";
import type { CheckoutExpirer, Refunder } from "./organizer/cancel-event";
import { sendRefundEmail } from "./orders/send-refund-email";
import { sendTicketsEmail } from "./orders/send-tickets-email";
import { payments } from "./payments";
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

let store: WebhookEventStore | undefined;
/** The Stripe event log in this app's database (table stripe_webhook_events). */
export const webhookStore = () => (store ??= createWebhookEventStore(db()));

/** Refunds through this app's Stripe account, or null without Stripe. */
export function refunder(): Refunder {
  const account = payments();
  return account ? (input) => refundPayment(account, input) : null;
}

/** Expires checkout sessions at this app's Stripe account, or null without Stripe. */
export function checkoutExpirer(): CheckoutExpirer {
  const account = payments();
  return account ? (checkoutSessionId) => expireCheckoutSession(account, checkoutSessionId) : null;
}
