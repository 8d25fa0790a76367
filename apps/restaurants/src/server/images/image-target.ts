import { IMAGE_CONTENT_TYPES } from "@stepperslife/storage";
import { z } from "zod";

/** Which picture an upload is for (from the query string): `?target=cover` or `?target=item&itemId=<id>`. */
export const imageTargetSchema = z.discriminatedUnion("target", [
  z.object({ target: z.literal("cover") }).strict(),
  z.object({ target: z.literal("item"), itemId: z.uuid() }).strict(),
]);

export type ImageTarget = z.output<typeof imageTargetSchema>;

/** What the upload field sends: the declared type to presign, then the key to confirm. */
export const presignImageSchema = z.object({ contentType: z.enum(IMAGE_CONTENT_TYPES) }).strict();
export const confirmImageSchema = z.object({ key: z.string().min(1).max(300) }).strict();

/** The image prefix of a target, `restaurants/<id>/cover` or `restaurants/<id>/items/<itemId>`, under uploads/ and images/. */
export function imagePrefix(restaurantId: string, target: ImageTarget): string {
  return target.target === "cover" ? `restaurants/${restaurantId}/cover` : `restaurants/${restaurantId}/items/${target.itemId}`;
}

/** The upload field's two URLs for a target. */
export function imageUploadUrls(restaurantId: string, target: ImageTarget) {
  const query = new URLSearchParams(target.target === "cover" ? { target: "cover" } : { target: "item", itemId: target.itemId });
  return { presignUrl: `/api/owner/restaurants/${restaurantId}/images?${query}`, confirmUrl: `/api/owner/restaurants/${restaurantId}/images/confirm?${query}` };
}
