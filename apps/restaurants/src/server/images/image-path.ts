import { imageUrl, type ImageWidth } from "@stepperslife/storage";

/** The app-relative address of a stored image's WebP thumbnail (GET /api/images/…), or null when there is none. */
export function imagePath(key: string | null, width: ImageWidth): string | null {
  return key ? imageUrl("/api/images", key, width) : null;
}
