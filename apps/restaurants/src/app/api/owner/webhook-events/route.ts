// GET /api/owner/webhook-events — Stripe events about the owner's restaurants and how each was handled
import { db, route } from "../../../../vertical";
import { listOwnerWebhookEvents } from "../../../../server/payments/list-owner-webhook-events";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner" }, async ({ user }) => ({ events: await listOwnerWebhookEvents({ db: db(), ownerId: user.id }) }));
