// PATCH /api/owner/items/{id} — change a dish (price, tags, sold out, photo removal); DELETE — delete it
import { isDemoImageKey } from "@stepperslife/storage";
import { removeObject } from "@stepperslife/storage/server";
import { db, route, storage } from "../../../../../vertical";
import { deleteMenuItem } from "../../../../../server/menu/delete-menu-item";
import { menuItemUpdateSchema } from "../../../../../server/menu/menu-schemas";
import { updateMenuItem } from "../../../../../server/menu/update-menu-item";
import { idParamsSchema } from "../../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

const removeImage = async (key: string | null) => {
  if (key && !isDemoImageKey(key)) await removeObject(storage(), key);
};

export const PATCH = route({ access: "owner", params: idParamsSchema, body: menuItemUpdateSchema }, async ({ user, params, body }) => {
  const { item, removedImageKey } = await updateMenuItem({ db: db(), ownerId: user.id, itemId: params.id, input: body });
  await removeImage(removedImageKey);
  return { item };
});

export const DELETE = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => {
  await removeImage(await deleteMenuItem({ db: db(), ownerId: user.id, itemId: params.id }));
  return { deleted: true };
});
