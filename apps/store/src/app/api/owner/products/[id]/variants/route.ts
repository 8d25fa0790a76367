// PUT /api/owner/products/{id}/variants — save the whole size × colour matrix (SKU, price, stock per variant) at once
import { db, route } from "@/vertical";
import { variantMatrixSchema } from "@/server/products/product-schemas";
import { saveVariants } from "@/server/products/save-variants";
import { idParamsSchema } from "@/server/shops/shop-schemas";

export const dynamic = "force-dynamic";

export const PUT = route({ access: "owner", params: idParamsSchema, body: variantMatrixSchema }, async ({ user, params, body }) => ({
  variants: await saveVariants({ db: db(), ownerId: user.id, productId: params.id, input: body }),
}));
