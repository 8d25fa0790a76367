// GET /api/owner/events — the organizer's own events; POST — create a draft event
import { db, route } from "../../../../vertical";
import { createEvent } from "../../../../server/organizer/create-event";
import { listOrganizerEvents } from "../../../../server/organizer/list-organizer-events";
import { eventFieldsSchema } from "../../../../server/organizer/organizer-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner" }, async ({ user }) => ({ events: await listOrganizerEvents({ db: db(), organizerId: user.id }) }));

export const POST = route({ access: "owner", body: eventFieldsSchema }, async ({ user, body }) => {
  const event = await createEvent({ db: db(), organizer: user, input: body });
  return Response.json({ event }, { status: 201 });
});
