/** What the fleet accepts as an uploaded image and serves back; shared by server code, routes and forms. */
export const IMAGE_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];

export const IMAGE_EXTENSIONS: Record<ImageContentType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
};

/** 5 MiB: a phone photo fits; anything larger is refused after upload (a presigned PUT cannot cap the size). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * 40 megapixels: more than any phone camera, far less than what a small "decompression bomb" PNG claims (its
 * pixels, not its bytes, are what decoding costs in memory).
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Widths thumbnails are rendered at; a few fixed sizes keep the cache small and URLs shareable. */
export const IMAGE_WIDTHS = [160, 320, 640, 1280] as const;

export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

/** `restaurants/<id>/cover`: lowercase segments of letters, digits and dashes (no dots, so no `..`). */
export const IMAGE_PREFIX_PATTERN = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;

/** A key createImageUpload issues: a valid prefix, then a random name with the declared type's extension. */
export const IMAGE_KEY_PATTERN = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*\.(?:jpg|png|webp)$/;

/** Longest key we issue or accept; S3 allows 1024 bytes, URLs and logs like less. */
export const MAX_IMAGE_KEY_LENGTH = 300;

export function isImageKey(key: string): boolean {
  return key.length <= MAX_IMAGE_KEY_LENGTH && IMAGE_KEY_PATTERN.test(key);
}

export function isImageContentType(value: string): value is ImageContentType {
  return (IMAGE_CONTENT_TYPES as readonly string[]).includes(value);
}

/** The smallest allowed width at least as wide as asked for; no width or a wider one gets the largest. */
export function toImageWidth(width: number | undefined): ImageWidth {
  const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;
  if (width === undefined) return largest;
  return IMAGE_WIDTHS.find((allowed) => allowed >= width) ?? largest;
}
