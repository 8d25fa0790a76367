// GET /api/owner/shops/{id}/orders?show=to-fulfil|shipped|all — the shop's part of its buyers' orders, as a packing list
import { db, route } from "@/vertical";
import { shipmentQueueSchema } from "@/server/fulfilment/fulfilment-schemas";
import { listShopShipments } from "@/server/fulfilment/list-shop-shipments";
import { findOwnedShop } from "@/server/shops/find-owned-shop";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema, query: shipmentQueueSchema }, async ({ user, params, query }) => {
  const shop = await findOwnedShop({ db: db(), ownerId: user.id, shopId: params.id });
  return { shipments: await listShopShipments({ db: db(), shopId: shop.id, show: query.show }) };
});
