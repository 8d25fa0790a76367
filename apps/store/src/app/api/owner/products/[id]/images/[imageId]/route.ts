// DELETE /api/owner/products/{id}/images/{imageId} — delete one photo of a product (a published one keeps at least one)
import { isDemoImageKey } from "@stepperslife/storage";
import { removeObject } from "@stepperslife/storage/server";
import { db, route, storage } from "@/vertical";
import { deleteProductImage } from "@/server/images/delete-product-image";
import { productImageParamsSchema } from "@/server/products/product-schemas";

export const dynamic = "force-dynamic";

export const DELETE = route({ access: "owner", params: productImageParamsSchema }, async ({ user, params }) => {
  const key = await deleteProductImage({ db: db(), ownerId: user.id, productId: params.id, imageId: params.imageId });
  if (!isDemoImageKey(key)) await removeObject(storage(), key);
  return { deleted: true };
});
