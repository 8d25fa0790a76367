// GET /api/events — upcoming events, ?q=&city=&from=&to=&past=1&limit=
import { db, route } from "../../../vertical";
import { listEventsQuerySchema } from "../../../server/events/event-schemas";
import { listEvents } from "../../../server/events/list-events";

export const dynamic = "force-dynamic";

export const GET = route({ access: "public", query: listEventsQuerySchema }, async ({ query }) => ({ events: await listEvents({ db: db(), query }) }));
