// POST /api/owner/shops/{id}/images/confirm?target= — check an uploaded image (type, size) and attach it as logo or product photo
import { db, route, storage } from "@/vertical";
import { attachShopImage } from "@/server/images/attach-shop-image";
import { confirmImageSchema, imageTargetSchema } from "@/server/images/image-target";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, query: imageTargetSchema, body: confirmImageSchema }, async ({ user, params, query, body }) =>
  attachShopImage({ db: db(), storage: storage(), ownerId: user.id, shopId: params.id, target: query, key: body.key }),
);
