// POST /api/owner/shipments/{id}/delivered — the shop's shipped part arrived (the return window starts; the buyer is emailed)
import { db, route } from "@/vertical";
import { shipmentParamsSchema } from "@/server/fulfilment/fulfilment-schemas";
import { markShipmentDelivered } from "@/server/fulfilment/mark-shipment-delivered";

export const POST = route({ access: "owner", params: shipmentParamsSchema }, async ({ user, params }) => ({
  shipment: await markShipmentDelivered({ db: db(), ownerId: user.id, shipmentId: params.id }),
}));
