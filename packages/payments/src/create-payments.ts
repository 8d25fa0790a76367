import Stripe from "stripe";

/** The Stripe variables of an app's env (stripeEnv in @stepperslife/env), passed in as they are. */
export type PaymentsConfig = {
  STRIPE_SECRET_KEY?: string;
  STRIPE_PUBLISHABLE_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  /** The signing secret of the Connect endpoint (connected accounts' events), when it is not the same endpoint secret. */
  STRIPE_CONNECT_WEBHOOK_SECRET?: string;
  STRIPE_API_URL?: string;
};

/** One app's Stripe account: the SDK client and the two other keys that belong to it. */
export type Payments = { stripe: Stripe; publishableKey: string; webhookSecret: string; connectWebhookSecret?: string };

/**
 * The app's Stripe client, or null when the app has no Stripe keys (it then offers "pay at pickup" only).
 * Create it once per process and reuse it: the SDK keeps connections alive between requests.
 */
export function createPayments(config: PaymentsConfig): Payments | null {
  const { STRIPE_SECRET_KEY: secretKey, STRIPE_PUBLISHABLE_KEY: publishableKey, STRIPE_WEBHOOK_SECRET: webhookSecret } = config;
  if (!secretKey || !publishableKey || !webhookSecret) return null;
  const stripe = new Stripe(secretKey, {
    // Pinned to the version this SDK's types describe, so objects always have the shape the code was written
    // against, whatever the account's default version is; upgrading the SDK makes this a deliberate change.
    apiVersion: "2026-10-28.endive",
    // Every POST carries an idempotency key, so retrying a dropped connection cannot charge twice.
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "SteppersLife" },
    ...(config.STRIPE_API_URL ? apiLocation(config.STRIPE_API_URL) : {}),
  });
  return { stripe, publishableKey, webhookSecret, ...(config.STRIPE_CONNECT_WEBHOOK_SECRET ? { connectWebhookSecret: config.STRIPE_CONNECT_WEBHOOK_SECRET } : {}) };
}

// The local test stand-in (tooling/stripe-stub) is reached by host, port and protocol; the SDK has no base URL option.
function apiLocation(apiUrl: string) {
  const url = new URL(apiUrl);
  const protocol = url.protocol === "https:" ? "https" : "http";
  return { host: url.hostname, port: url.port || (protocol === "https" ? 443 : 80), protocol } as const;
}
