// POST /api/owner/webhook-events/{id}/replay — run a stored Stripe event's handler again
import { replayWebhookEvent } from "@stepperslife/payments";
import { z } from "zod";
import { db, route, webhookStore } from "../../../../../../vertical";
import { webhookHandlers } from "../../../../../../server/order-effects";
import { findOwnerWebhookEvent } from "../../../../../../server/payments/find-owner-webhook-event";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().regex(/^evt_[A-Za-z0-9_]{1,100}$/, { error: "expected a Stripe event id" }) });

export const POST = route({ access: "owner", params }, async ({ user, params }) => {
  await findOwnerWebhookEvent({ db: db(), organizerId: user.id, eventId: params.id });
  return { outcome: await replayWebhookEvent({ store: webhookStore(), handlers: webhookHandlers(), eventId: params.id }) };
});
