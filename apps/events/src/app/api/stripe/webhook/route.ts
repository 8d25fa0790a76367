// POST /api/stripe/webhook — Stripe events for this app's account (signature checked on the raw body)
import { AppError, errorResponse } from "@stepperslife/http";
import { handleStripeWebhook } from "@stepperslife/payments";
import { webhookHandlers, webhookStore } from "../../../../server/order-effects";
import { payments } from "../../../../server/payments";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const account = payments();
  if (!account) return errorResponse(new AppError("not_found", "This app takes no Stripe payments."), "Stripe webhook");
  return handleStripeWebhook({ payments: account, store: webhookStore(), handlers: webhookHandlers(), request });
}
