// POST /api/owner/shipments/{id}/packed — the shop packed its part of a paid order (the buyer is emailed)
import { db, route } from "@/vertical";
import { shipmentParamsSchema } from "@/server/fulfilment/fulfilment-schemas";
import { packShipment } from "@/server/fulfilment/pack-shipment";

export const POST = route({ access: "owner", params: shipmentParamsSchema }, async ({ user, params }) => ({
  shipment: await packShipment({ db: db(), ownerId: user.id, shipmentId: params.id }),
}));
