import { AppError } from "@stepperslife/http";
import type Stripe from "stripe";
import type { Payments } from "./create-payments";

/** Stripe's own default: a signed timestamp older than this is refused, so a captured request cannot be replayed later. */
const toleranceSeconds = 300;

const badSignature = "Webhook signature is missing, invalid or too old.";

/**
 * The event in a webhook request, once its `Stripe-Signature` proves Stripe sent exactly these bytes recently.
 * `rawBody` must be the body as received (`await request.text()`): re-serialised JSON no longer matches. Stripe
 * signs the platform's own events and its connected accounts' events (a separate Connect endpoint) with different
 * secrets; either one proves it, by the same rules.
 */
export function verifyWebhookEvent(payments: Payments, rawBody: string, signatureHeader: string | null): Stripe.Event {
  if (!signatureHeader) throw new AppError("bad_signature", badSignature);
  let failure: unknown;
  for (const secret of [payments.webhookSecret, payments.connectWebhookSecret]) {
    if (!secret) continue;
    try {
      return payments.stripe.webhooks.constructEvent(rawBody, signatureHeader, secret, toleranceSeconds);
    } catch (error) {
      failure = error;
    }
  }
  throw new AppError("bad_signature", badSignature, { cause: failure });
}
