// GET /api/owner/events/{id}/sales — tickets and revenue per ticket type and per day, for the organizer's event
import { db, route } from "../../../../../../vertical";
import { idParamsSchema } from "../../../../../../server/orders/order-schemas";
import { loadSales } from "../../../../../../server/organizer/load-sales";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({ sales: await loadSales({ db: db(), organizerId: user.id, eventId: params.id }) }));
