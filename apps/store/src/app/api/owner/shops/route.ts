// GET /api/owner/shops — the owner's shops with low stock and parcels to pack; POST — open a new shop
import { db, route } from "@/vertical";
import { createShop } from "@/server/shops/create-shop";
import { listOwnedShops } from "@/server/shops/list-owned-shops";
import { shopProfileSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner" }, async ({ user }) => ({ shops: await listOwnedShops({ db: db(), ownerId: user.id }) }));

export const POST = route({ access: "owner", body: shopProfileSchema }, async ({ user, body }) => {
  const shop = await createShop({ db: db(), ownerId: user.id, input: body });
  return Response.json({ shop: { id: shop.id, slug: shop.slug } }, { status: 201 });
});
