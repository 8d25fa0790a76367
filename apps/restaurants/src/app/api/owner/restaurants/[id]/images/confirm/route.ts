// POST /api/owner/restaurants/{id}/images/confirm?target= — check an uploaded image (type, size) and attach it
import { db, route, storage } from "../../../../../../../vertical";
import { attachRestaurantImage } from "../../../../../../../server/images/attach-restaurant-image";
import { confirmImageSchema, imageTargetSchema } from "../../../../../../../server/images/image-target";
import { idParamsSchema } from "../../../../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, query: imageTargetSchema, body: confirmImageSchema }, async ({ user, params, query, body }) => {
  const image = await attachRestaurantImage({ db: db(), storage: storage(), ownerId: user.id, restaurantId: params.id, target: query, key: body.key });
  return { ...image, url: image.imageUrl };
});
