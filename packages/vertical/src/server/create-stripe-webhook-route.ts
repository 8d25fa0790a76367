import { AppError, errorResponse } from "@stepperslife/http";
import { handleStripeWebhook, type Payments, type WebhookEventStore, type WebhookHandlers } from "@stepperslife/payments";

/** What an app does with Stripe's events; asked for per delivery, so the handlers may use db() and friends. */
export interface StripeWebhookDomain {
  handlers: WebhookHandlers;
  /** The event log; the kernel's own (table stripe_webhook_events in the app's database) unless given. */
  store?: WebhookEventStore;
}

export interface StripeWebhookRouteOptions {
  payments: () => Payments | null;
  store: () => WebhookEventStore;
  domain: () => StripeWebhookDomain;
}

/** POST /api/stripe/webhook: the signature is checked on the raw body; an app without Stripe keys answers 404. */
export function createStripeWebhookRoute({ payments, store, domain }: StripeWebhookRouteOptions) {
  return {
    async POST(request: Request): Promise<Response> {
      const account = payments();
      if (!account) return errorResponse(new AppError("not_found", "This app takes no Stripe payments."), "Stripe webhook");
      const { handlers, store: ownStore } = domain();
      return handleStripeWebhook({ payments: account, store: ownStore ?? store(), handlers, request });
    },
  };
}
