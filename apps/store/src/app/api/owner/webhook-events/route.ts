// GET /api/owner/webhook-events — Stripe events about the owner's shops' orders and how each was handled
import { checkout } from "@/server/payments/checkout";

export const dynamic = "force-dynamic";

export const { GET } = checkout.routes.webhookEvents;
