// POST /api/owner/shipments/{id}/parcels — a parcel left with some or all of the lines, its carrier and tracking number
import { db, route } from "@/vertical";
import { shipmentParamsSchema, shipParcelSchema } from "@/server/fulfilment/fulfilment-schemas";
import { shipParcel } from "@/server/fulfilment/ship-parcel";

export const POST = route({ access: "owner", params: shipmentParamsSchema, body: shipParcelSchema }, async ({ user, params, body }) =>
  Response.json({ parcel: await shipParcel({ db: db(), ownerId: user.id, shipmentId: params.id, input: body }) }, { status: 201 }),
);
