// GET /api/owner/events/{id}/attendees?format=json|csv — every ticket of the organizer's event and its check-in
import { db, route } from "../../../../../../vertical";
import { idParamsSchema } from "../../../../../../server/orders/order-schemas";
import { listAttendees } from "../../../../../../server/organizer/list-attendees";
import { attendeesQuerySchema } from "../../../../../../server/organizer/organizer-schemas";
import { toAttendeesCsv } from "../../../../../../server/organizer/to-attendees-csv";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema, query: attendeesQuerySchema }, async ({ user, params, query }) => {
  const attendees = await listAttendees({ db: db(), organizerId: user.id, eventId: params.id });
  if (query.format === "json") return { attendees };
  return new Response(toAttendeesCsv(attendees), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="attendees-${params.id}.csv"`, "cache-control": "no-store" },
  });
});
