// POST /api/owner/webhook-events/{id}/replay — run a stored Stripe event's handler again
import { checkout } from "@/server/payments/checkout";

export const dynamic = "force-dynamic";

export const { POST } = checkout.routes.replayWebhookEvent;
