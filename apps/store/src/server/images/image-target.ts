import { IMAGE_CONTENT_TYPES } from "@stepperslife/storage";
import { z } from "zod";

/** Which picture an upload is for (from the query string): `?target=logo` or `?target=product&productId=<id>`. */
export const imageTargetSchema = z.discriminatedUnion("target", [
  z.object({ target: z.literal("logo") }).strict(),
  z.object({ target: z.literal("product"), productId: z.uuid() }).strict(),
]);

export type ImageTarget = z.output<typeof imageTargetSchema>;

/** What the upload field sends: the declared type to presign, then the key to confirm. */
export const presignImageSchema = z.object({ contentType: z.enum(IMAGE_CONTENT_TYPES) }).strict();
export const confirmImageSchema = z.object({ key: z.string().min(1).max(300) }).strict();

/** A product has at most this many photos (a gallery, not an archive). */
export const MAX_PRODUCT_PHOTOS = 12;

/** The image prefix of a target, `shops/<id>/logo` or `shops/<id>/products/<productId>`, under uploads/ and images/. */
export function imagePrefix(shopId: string, target: ImageTarget): string {
  return target.target === "logo" ? `shops/${shopId}/logo` : `shops/${shopId}/products/${target.productId}`;
}

/** The upload field's two URLs for a target. */
export function imageUploadUrls(shopId: string, target: ImageTarget) {
  const query = new URLSearchParams(target.target === "logo" ? { target: "logo" } : { target: "product", productId: target.productId });
  return { presignUrl: `/api/owner/shops/${shopId}/images?${query}`, confirmUrl: `/api/owner/shops/${shopId}/images/confirm?${query}` };
}
