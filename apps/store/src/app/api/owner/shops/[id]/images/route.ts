// POST /api/owner/shops/{id}/images?target= — a presigned upload URL (15 min) for the shop's logo or a product photo
import { db, route, storage } from "@/vertical";
import { createShopImageUpload } from "@/server/images/create-shop-image-upload";
import { imageTargetSchema, presignImageSchema } from "@/server/images/image-target";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const POST = route({ access: "owner", params: idParamsSchema, query: imageTargetSchema, body: presignImageSchema }, async ({ user, params, query, body }) =>
  createShopImageUpload({ db: db(), storage: storage(), ownerId: user.id, shopId: params.id, target: query, contentType: body.contentType }),
);
