// POST /api/owner/restaurants/{id}/categories — add a menu category
import { db, route } from "../../../../../../vertical";
import { createMenuCategory } from "../../../../../../server/menu/create-menu-category";
import { categoryInputSchema } from "../../../../../../server/menu/menu-schemas";
import { idParamsSchema } from "../../../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, body: categoryInputSchema }, async ({ user, params, body }) => {
  const category = await createMenuCategory({ db: db(), ownerId: user.id, restaurantId: params.id, name: body.name });
  return Response.json({ category }, { status: 201 });
});
