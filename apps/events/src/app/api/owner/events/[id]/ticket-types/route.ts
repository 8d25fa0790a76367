// POST /api/owner/events/{id}/ticket-types — add a ticket type to one of the organizer's events
import { db, route } from "../../../../../../vertical";
import { idParamsSchema } from "../../../../../../server/orders/order-schemas";
import { ticketTypeSchema } from "../../../../../../server/organizer/organizer-schemas";
import { saveTicketType } from "../../../../../../server/organizer/save-ticket-type";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, body: ticketTypeSchema }, async ({ user, params, body }) => {
  const ticketType = await saveTicketType({ db: db(), organizerId: user.id, target: { create: { eventId: params.id, input: body } } });
  return Response.json({ ticketType }, { status: 201 });
});
