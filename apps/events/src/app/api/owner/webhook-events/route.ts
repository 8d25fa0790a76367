// GET /api/owner/webhook-events — the Stripe events about the organizer's events, newest first
import { db, route } from "../../../../vertical";
import { listOwnerWebhookEvents } from "../../../../server/payments/list-owner-webhook-events";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner" }, async ({ user }) => ({ events: await listOwnerWebhookEvents({ db: db(), organizerId: user.id }) }));
