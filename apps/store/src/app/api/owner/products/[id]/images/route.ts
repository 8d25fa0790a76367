// PUT /api/owner/products/{id}/images — put the product's photos in a new order (the first is the cover)
import { db, route } from "@/vertical";
import { reorderProductImages } from "@/server/images/reorder-product-images";
import { imageOrderSchema } from "@/server/products/product-schemas";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const PUT = route({ access: "owner", params: idParamsSchema, body: imageOrderSchema }, async ({ user, params, body }) =>
  reorderProductImages({ db: db(), ownerId: user.id, productId: params.id, imageIds: body.imageIds }),
);
