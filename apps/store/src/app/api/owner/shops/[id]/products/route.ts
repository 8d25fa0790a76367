// GET /api/owner/shops/{id}/products — the shop's products, drafts included, with stock and low-stock variants; POST — add a draft
import { db, route } from "@/vertical";
import { createProduct } from "@/server/products/create-product";
import { listOwnedProducts } from "@/server/products/list-owned-products";
import { productInputSchema } from "@/server/products/product-schemas";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const GET = route({ access: "owner", params: idParamsSchema }, async ({ user, params }) => ({
  products: await listOwnedProducts({ db: db(), ownerId: user.id, shopId: params.id }),
}));

export const POST = route({ access: "owner", params: idParamsSchema, body: productInputSchema }, async ({ user, params, body }) => {
  const product = await createProduct({ db: db(), ownerId: user.id, shopId: params.id, input: body });
  return Response.json({ product: { id: product.id, slug: product.slug } }, { status: 201 });
});
