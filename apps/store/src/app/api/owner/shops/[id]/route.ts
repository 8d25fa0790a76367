// GET /api/owner/shops/{id} — one of the owner's shops; PATCH — change its profile, shipping and return terms
import { isDemoImageKey } from "@stepperslife/storage";
import { removeObject } from "@stepperslife/storage/server";
import { db, route, storage } from "@/vertical";
import { findOwnedShop } from "@/server/shops/find-owned-shop";
import { idParamsSchema, shopUpdateSchema } from "@/server/shops/shop-schemas";
import { updateShop } from "@/server/shops/update-shop";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({
  shop: await findOwnedShop({ db: db(), ownerId: user.id, shopId: params.id }),
}));

export const PATCH = route({ access: "owner", params: idParamsSchema, body: shopUpdateSchema }, async ({ user, params, body }) => {
  const { shop, removedLogoKey } = await updateShop({ db: db(), ownerId: user.id, shopId: params.id, input: body });
  if (removedLogoKey && !isDemoImageKey(removedLogoKey)) await removeObject(storage(), removedLogoKey);
  return { shop };
});
