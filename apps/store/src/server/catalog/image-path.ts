import { imageUrl, type ImageWidth } from "@stepperslife/storage";

/** The app-relative address of a stored image's WebP thumbnail (the kit's GET /api/images/…), or null when there is none. */
export function imagePath(key: string | null | undefined, width: ImageWidth): string | null {
  return key ? imageUrl("/api/images", key, width) : null;
}
