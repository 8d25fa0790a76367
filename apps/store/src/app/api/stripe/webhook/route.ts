// POST /api/stripe/webhook — Stripe events for the store's account (signature checked on the raw body)
import { checkout } from "@/server/payments/checkout";

export const dynamic = "force-dynamic";

export const { POST } = checkout.routes.stripeWebhook;
