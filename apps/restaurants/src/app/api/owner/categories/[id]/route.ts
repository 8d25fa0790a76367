// PATCH /api/owner/categories/{id} — rename a menu category; DELETE — delete an empty one
import { db, route } from "../../../../../vertical";
import { deleteMenuCategory } from "../../../../../server/menu/delete-menu-category";
import { categoryInputSchema } from "../../../../../server/menu/menu-schemas";
import { renameMenuCategory } from "../../../../../server/menu/rename-menu-category";
import { idParamsSchema } from "../../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const PATCH = route({ access: "owner", params: idParamsSchema, body: categoryInputSchema }, async ({ user, params, body }) => ({
  category: await renameMenuCategory({ db: db(), ownerId: user.id, categoryId: params.id, name: body.name }),
}));

export const DELETE = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => {
  await deleteMenuCategory({ db: db(), ownerId: user.id, categoryId: params.id });
  return { deleted: true };
});
