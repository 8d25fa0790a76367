// GET /api/owner/webhook-events — the Stripe events about the organizer's events, newest first
import { db } from "../../../../server/db";
import { listOwnerWebhookEvents } from "../../../../server/payments/list-owner-webhook-events";
import { route } from "../../../../server/route";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner" }, async ({ user }) => ({ events: await listOwnerWebhookEvents({ db: db(), organizerId: user.id }) }));
