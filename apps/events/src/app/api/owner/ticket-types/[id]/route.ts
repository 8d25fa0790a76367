// PATCH /api/owner/ticket-types/{id} — change a ticket type (never below what was sold); DELETE — remove an unsold one
import { db, route } from "../../../../../vertical";
import { idParamsSchema } from "../../../../../server/orders/order-schemas";
import { deleteTicketType } from "../../../../../server/organizer/delete-ticket-type";
import { ticketTypeUpdateSchema } from "../../../../../server/organizer/organizer-schemas";
import { saveTicketType } from "../../../../../server/organizer/save-ticket-type";

export const dynamic = "force-dynamic";

export const PATCH = route({ access: "owner", params: idParamsSchema, body: ticketTypeUpdateSchema }, async ({ user, params, body }) => ({
  ticketType: await saveTicketType({ db: db(), organizerId: user.id, target: { update: { ticketTypeId: params.id, input: body } } }),
}));

export const DELETE = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => {
  await deleteTicketType({ db: db(), organizerId: user.id, ticketTypeId: params.id });
  return { deleted: true };
});
