// GET /api/owner/events/{id} — one of the organizer's events with ticket types and promo codes; PATCH — change it
import { db, route } from "../../../../../vertical";
import { idParamsSchema } from "../../../../../server/orders/order-schemas";
import { findOwnedEvent } from "../../../../../server/organizer/find-owned-event";
import { eventUpdateSchema } from "../../../../../server/organizer/organizer-schemas";
import { updateEvent } from "../../../../../server/organizer/update-event";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({
  event: await findOwnedEvent({ db: db(), organizerId: user.id, eventId: params.id }),
}));

export const PATCH = route({ access: "owner", params: idParamsSchema, body: eventUpdateSchema }, async ({ user, params, body }) => ({
  event: await updateEvent({ db: db(), organizerId: user.id, eventId: params.id, input: body }),
}));
