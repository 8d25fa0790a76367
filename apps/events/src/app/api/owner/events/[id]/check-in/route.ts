// POST /api/owner/events/{id}/check-in — let a ticket in at the door, once (a second scan: 409 saying when)
import { db, route } from "../../../../../../vertical";
import { idParamsSchema } from "../../../../../../server/orders/order-schemas";
import { checkInTicket } from "../../../../../../server/organizer/check-in-ticket";
import { checkInSchema } from "../../../../../../server/organizer/organizer-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, body: checkInSchema }, async ({ user, params, body }) => ({
  ticket: await checkInTicket({ db: db(), organizerId: user.id, eventId: params.id, code: body.code, by: user.id }),
}));
