// GET /api/owner/restaurants/{id}/menu — the menu editor's categories and dishes; PUT — reorder them
import { db, route } from "../../../../../../vertical";
import { getOwnerMenu } from "../../../../../../server/menu/get-owner-menu";
import { menuOrderSchema } from "../../../../../../server/menu/menu-schemas";
import { reorderMenu } from "../../../../../../server/menu/reorder-menu";
import { idParamsSchema } from "../../../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({
  categories: await getOwnerMenu({ db: db(), ownerId: user.id, restaurantId: params.id }),
}));

export const PUT = route({ access: "owner", params: idParamsSchema, body: menuOrderSchema }, async ({ user, params, body }) => {
  await reorderMenu({ db: db(), ownerId: user.id, restaurantId: params.id, order: body });
  return { categories: await getOwnerMenu({ db: db(), ownerId: user.id, restaurantId: params.id }) };
});
