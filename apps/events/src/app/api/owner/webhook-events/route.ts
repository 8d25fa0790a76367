// GET /api/owner/webhook-events — the Stripe events about the organizer's events, newest first
import { checkout } from "../../../../server/payments/checkout";

export const dynamic = "force-dynamic";

export const { GET } = checkout.routes.webhookEvents;
