// PUT /api/owner/products/{id}/published — publish (it needs a variant and a photo) or unpublish a product
import { db, route } from "@/vertical";
import { publishSchema } from "@/server/products/product-schemas";
import { setProductPublished } from "@/server/products/set-product-published";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const PUT = route({ access: "owner", params: idParamsSchema, body: publishSchema }, async ({ user, params, body }) => ({
  product: await setProductPublished({ db: db(), ownerId: user.id, productId: params.id, published: body.published }),
}));
