// GET /api/owner/shops/{id}/returns?show=open|decided|all — the shop's returns queue
import { db, route } from "@/vertical";
import { listShopReturns } from "@/server/returns/list-shop-returns";
import { returnQueueSchema } from "@/server/returns/return-schemas";
import { findOwnedShop } from "@/server/shops/find-owned-shop";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema, query: returnQueueSchema }, async ({ user, params, query }) => {
  const shop = await findOwnedShop({ db: db(), ownerId: user.id, shopId: params.id });
  return { returns: await listShopReturns({ db: db(), shopId: shop.id, show: query.show }) };
});
