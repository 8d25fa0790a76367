import Stripe from "stripe";
import type { StubAccount, WebhookDelivery } from "./stub-types";

const stripe = new Stripe("sk_test_stub_signing_only");

/**
 * POSTs one event to the account's endpoint, signed with its webhook secret exactly as Stripe signs
 * (`Stripe-Signature: t=…,v1=…`), and reports the answer. Never throws: an unreachable endpoint is a result.
 */
export async function deliverWebhook({
  account,
  event,
  timeoutMs = 10_000,
}: {
  account: StubAccount;
  event: { id: string; type: string };
  timeoutMs?: number;
}): Promise<WebhookDelivery> {
  const payload = JSON.stringify(event, null, 2);
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: account.webhookSecret });
  const delivery: WebhookDelivery = { eventId: event.id, type: event.type, url: account.webhookUrl, status: null, attempts: 1 };
  try {
    const response = await fetch(account.webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signature, "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
      body: payload,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    delivery.status = response.status;
  } catch {
    delivery.status = null;
  }
  return delivery;
}
