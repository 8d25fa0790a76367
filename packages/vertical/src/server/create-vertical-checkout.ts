import type { SessionUser } from "@stepperslife/auth-config";
import type { RouteFactory } from "@stepperslife/http";
import {
  connectedAccountHandlers,
  createCheckoutFlow,
  createConnectedAccountStore,
  type CheckoutDomain,
  type CheckoutFlow,
  type Payments,
  type PlatformFeePolicy,
  type WebhookEventStore,
} from "@stepperslife/payments";
import { z } from "zod";
import { createStripeWebhookRoute } from "./create-stripe-webhook-route";
import { loadOrderPage, type OrderPageInput } from "./load-order-page";
import type { VerticalClient } from "./vertical-types";

type Handler = (request: Request) => Promise<Response>;

/** A vertical's Stripe order flow and the three routes that come with it, each re-exported by a one-line route file. */
export type VerticalCheckout<Client = unknown> = CheckoutFlow & {
  /** The start of the app's `/orders/[id]` page: the signed-in person, their order (or the 404 page), the return confirmed. */
  loadOrderPage<Order>(input: OrderPageInput<Client, Order>): Promise<{ user: SessionUser; order: Order; leftPaymentPage: boolean }>;
  routes: {
    /** POST /api/stripe/webhook: paid sessions fulfilled, expired ones cancelled, all logged exactly once. */
    stripeWebhook: { POST: Handler };
    /** GET /api/owner/webhook-events: the Stripe events about the signed-in owner's own businesses. */
    webhookEvents: { GET: ReturnType<RouteFactory> };
    /** POST /api/owner/webhook-events/{id}/replay: runs one of those events' handler again. */
    replayWebhookEvent: { POST: ReturnType<RouteFactory> };
  };
};

const stripeEventParams = z.object({ id: z.string().regex(/^evt_[A-Za-z0-9_]{1,100}$/, { error: "expected a Stripe event id" }) });

/** The kernel's side of `vertical.checkout(domain)`: the shared flow on this app's database, Stripe account and log. */
export function createVerticalCheckout<Client extends VerticalClient>(input: {
  domain: CheckoutDomain<Client>;
  db: () => Client;
  payments: () => Payments | null;
  store: () => WebhookEventStore;
  baseUrl: () => string;
  route: RouteFactory;
  requireUser: (callbackPath: string) => Promise<SessionUser>;
  fees: () => PlatformFeePolicy;
}): VerticalCheckout<Client> {
  const { domain, db, payments, store, baseUrl, route, requireUser, fees } = input;
  const flow = createCheckoutFlow({ domain, db, payments, store, appUrl: baseUrl, fees });
  // The order flow's events, and the businesses' payout accounts changing at Stripe (Connect), on one endpoint.
  const webhookHandlers = () => {
    const account = payments();
    const accounts = account ? connectedAccountHandlers({ payments: account, store: () => createConnectedAccountStore(db()) }) : {};
    return { ...flow.webhookHandlers(), ...accounts };
  };
  return {
    ...flow,
    loadOrderPage: (page) => loadOrderPage({ input: page, requireUser, flow, db }),
    routes: {
      stripeWebhook: createStripeWebhookRoute({ payments, store, domain: () => ({ handlers: webhookHandlers() }) }),
      webhookEvents: {
        GET: route({ access: "owner" }, async ({ user }) => ({ events: await flow.listOwnerWebhookEvents({ ownerId: user.id }) })),
      },
      replayWebhookEvent: {
        POST: route({ access: "owner", params: stripeEventParams }, async ({ user, params }) => ({
          outcome: await flow.replayOwnerWebhookEvent({ ownerId: user.id, eventId: params.id }),
        })),
      },
    },
  };
}
