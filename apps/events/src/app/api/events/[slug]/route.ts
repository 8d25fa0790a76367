// GET /api/events/{slug} — one event with its ticket types, prices and seats remaining
import { db, route } from "../../../../vertical";
import { slugParamsSchema } from "../../../../server/events/event-schemas";
import { getEventPage } from "../../../../server/events/get-event-page";

export const dynamic = "force-dynamic";

export const GET = route({ access: "public", params: slugParamsSchema }, async ({ user, params }) => ({
  event: await getEventPage({ db: db(), slug: params.slug, viewerId: user?.id ?? null }),
}));
