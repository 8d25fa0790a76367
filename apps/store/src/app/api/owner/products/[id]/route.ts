// GET /api/owner/products/{id} — one of the owner's products with photos and variants; PATCH — change its details
import { db, route } from "@/vertical";
import { getOwnedProduct } from "@/server/products/get-owned-product";
import { productUpdateSchema } from "@/server/products/product-schemas";
import { updateProduct } from "@/server/products/update-product";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({
  product: await getOwnedProduct({ db: db(), ownerId: user.id, productId: params.id }),
}));

export const PATCH = route({ access: "owner", params: idParamsSchema, body: productUpdateSchema }, async ({ user, params, body }) => {
  await updateProduct({ db: db(), ownerId: user.id, productId: params.id, input: body });
  return { product: await getOwnedProduct({ db: db(), ownerId: user.id, productId: params.id }) };
});
