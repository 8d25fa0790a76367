import { AppError } from "@stepperslife/http";
import { createConnectedAccountStore } from "../connect/create-connected-account-store";
import type { PlatformFeePolicy } from "../connect/platform-fee";
import { checkoutSessionHandlers } from "../checkout-session-handlers";
import type { Payments } from "../create-payments";
import type { RawSqlClient, WebhookEventStore } from "../create-webhook-event-store";
import { businessPaymentHandlers } from "../ledger/business-payment-handlers";
import type { WebhookHandlers } from "../run-webhook-handler";
import type { CheckoutDomain } from "./checkout-domain";
import { confirmPaidCheckout } from "./confirm-paid-checkout";
import { fulfilPaidCheckout } from "./fulfil-paid-checkout";
import { listOwnerWebhookEvents } from "./list-owner-webhook-events";
import { replayOwnerWebhookEvent } from "./replay-owner-webhook-event";
import { startOrderCheckout } from "./start-order-checkout";

const checkoutSessionIdPattern = /^cs_[A-Za-z0-9_]{1,200}$/;

export interface CheckoutFlowOptions<Db extends RawSqlClient> {
  domain: CheckoutDomain<Db>;
  /** Lazy, like the kernel's parts: nothing connects or reads the env until the first call. */
  db: () => Db;
  payments: () => Payments | null;
  store: () => WebhookEventStore;
  appUrl: () => string;
  /** The vertical's application fee on each card payment. */
  fees: () => PlatformFeePolicy;
}

export interface CheckoutFlow {
  /**
   * Opens Stripe Checkout for an order awaiting payment (503 when this app has no Stripe keys; 409, the order
   * cancelled, when its business cannot take card payments).
   */
  startCheckout(orderId: string): Promise<{ url: string }>;
  /** Whether a business may be offered card payments now: Stripe keys here and its payout account taking charges. */
  canTakeCardPayments(businessId: string): Promise<boolean>;
  /** The success page: fulfils the session if Stripe says it is paid; without Stripe there is nothing to confirm. */
  confirmCheckout(input: { orderId: string; sessionId: string }): Promise<void>;
  /**
   * The order page Stripe's success and cancel pages land on, with its query: confirms the `session_id` it carries
   * (the webhook may not have arrived yet). Never throws: the page shows the order as it stands either way.
   */
  confirmReturningCheckout(input: { orderId: string; searchParams: Record<string, string | string[] | undefined> }): Promise<void>;
  /**
   * What the Stripe webhook runs: paid sessions fulfilled (and recorded in the business's ledger), expired ones
   * cancelled, refunds and disputes applied to the ledger (a dispute told to the domain once), the rest ignored.
   */
  webhookHandlers(): WebhookHandlers;
  listOwnerWebhookEvents(input: { ownerId: string; limit?: number }): ReturnType<typeof listOwnerWebhookEvents>;
  replayOwnerWebhookEvent(input: { ownerId: string; eventId: string }): ReturnType<typeof replayOwnerWebhookEvent>;
}

/**
 * The Stripe order flow every vertical has, configured with the vertical's own order callbacks: start checkout,
 * confirm on the success page, the webhook's paid/expired handlers, the one late-payment refund policy, and the
 * owner's webhook log and replay. Restaurants, events and the verticals to come share it, so it cannot drift.
 */
export function createCheckoutFlow<Db extends RawSqlClient>({ domain, db, payments, store, appUrl, fees }: CheckoutFlowOptions<Db>): CheckoutFlow {
  const requirePayments = () => {
    const account = payments();
    if (!account) throw new AppError("unavailable", "Card payments are not available here right now.");
    return account;
  };
  const webhookHandlers = (): WebhookHandlers => ({
    ...checkoutSessionHandlers({
      paid: (session) => fulfilPaidCheckout({ db: db(), domain, payments: payments(), fees: fees(), session }),
      expired: async (session) => ((await domain.cancelUnpaid({ db: db(), checkoutSessionId: session.id })) ? "processed" : "ignored"),
    }),
    ...businessPaymentHandlers({ db, payments, recordDispute: domain.recordDispute?.bind(domain) }),
  });
  const confirmCheckout: CheckoutFlow["confirmCheckout"] = async ({ orderId, sessionId }) => {
    const account = payments();
    if (account) await confirmPaidCheckout({ db: db(), domain, payments: account, fees: fees(), orderId, sessionId });
  };
  return {
    startCheckout: async (orderId) =>
      startOrderCheckout({ db: db(), domain, payments: requirePayments(), fees: fees(), orderId, appUrl: appUrl() }),
    async canTakeCardPayments(businessId) {
      if (!payments()) return false;
      return (await createConnectedAccountStore(db()).findByBusiness(businessId))?.chargesEnabled === true;
    },
    confirmCheckout,
    async confirmReturningCheckout({ orderId, searchParams }) {
      const sessionId = searchParams.session_id;
      // Anything but a Checkout Session id is a hand-edited link: nothing to ask Stripe about.
      if (typeof sessionId !== "string" || !checkoutSessionIdPattern.test(sessionId)) return;
      await confirmCheckout({ orderId, sessionId }).catch((error: unknown) => {
        console.error(`order ${orderId}: confirming checkout ${sessionId} failed`, error);
      });
    },
    webhookHandlers,
    listOwnerWebhookEvents: ({ ownerId, limit }) => listOwnerWebhookEvents({ db: db(), domain, ownerId, limit }),
    replayOwnerWebhookEvent: ({ ownerId, eventId }) =>
      replayOwnerWebhookEvent({ db: db(), domain, store: store(), handlers: webhookHandlers(), ownerId, eventId }),
  };
}
