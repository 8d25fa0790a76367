// POST /api/owner/restaurants/{id}/images?target= — a presigned upload URL (15 min) for a cover or dish photo
import { db, route, storage } from "../../../../../../vertical";
import { createRestaurantImageUpload } from "../../../../../../server/images/create-restaurant-image-upload";
import { imageTargetSchema, presignImageSchema } from "../../../../../../server/images/image-target";
import { idParamsSchema } from "../../../../../../server/restaurants/restaurant-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, query: imageTargetSchema, body: presignImageSchema }, async ({ user, params, query, body }) =>
  createRestaurantImageUpload({ db: db(), storage: storage(), ownerId: user.id, restaurantId: params.id, target: query, contentType: body.contentType }),
);
