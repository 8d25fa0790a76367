// GET /api/owner/events/{id}/sales — tickets and revenue per ticket type and per day, for the organizer's event
import { db } from "../../../../../../server/db";
import { idParamsSchema } from "../../../../../../server/orders/order-schemas";
import { loadSales } from "../../../../../../server/organizer/load-sales";
import { route } from "../../../../../../server/route";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({ sales: await loadSales({ db: db(), organizerId: user.id, eventId: params.id }) }));
