// POST /api/stripe/webhook — Stripe events for this app's account (signature checked on the raw body)
import { webhookHandlers } from "../../../../server/order-effects";
import { vertical } from "../../../../vertical";

export const dynamic = "force-dynamic";

export const { POST } = vertical.routes.stripeWebhook(() => ({ handlers: webhookHandlers() }));
