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

/**
 * Where browsers upload: `uploads/<prefix>/<uuid>.<ext>`. A presigned URL keeps working after the upload is
 * confirmed, so nothing here is ever served or recorded; what is never confirmed is swept (sweepStaleUploads).
 */
export const UPLOAD_NAMESPACE = "uploads";

/**
 * Where confirmed images live: `images/<prefix>/<uuid>.<ext>`. Only the app writes here, with bytes it has just
 * verified, and no write URL is ever issued for it, so a confirmed image never changes.
 */
export const CONFIRMED_IMAGE_NAMESPACE = "images";

/** Seeded demo pictures, shared by the demo records; kept when an owner replaces one with their own. */
export const DEMO_IMAGE_PREFIX = `${CONFIRMED_IMAGE_NAMESPACE}/demo`;

/** The longest a presigned upload URL works (15 minutes). */
export const MAX_UPLOAD_URL_SECONDS = 900;

/**
 * How old an unconfirmed upload must be before the sweep deletes it: past the longest URL expiry, plus a grace
 * for clock skew between app and object store and for a confirm still reading it.
 */
export const STALE_UPLOAD_AGE_MS = (MAX_UPLOAD_URL_SECONDS + 5 * 60) * 1000;

export function isImageKey(key: string): boolean {
  return key.length <= MAX_IMAGE_KEY_LENGTH && IMAGE_KEY_PATTERN.test(key);
}

/** A key in the confirmed namespace: the only images an app's image route serves. */
export function isConfirmedImageKey(key: string): boolean {
  return isImageKey(key) && key.startsWith(`${CONFIRMED_IMAGE_NAMESPACE}/`);
}

export function isDemoImageKey(key: string): boolean {
  return isImageKey(key) && key.startsWith(`${DEMO_IMAGE_PREFIX}/`);
}

/** A prefix createImageUpload accepts (`restaurants/<id>/cover`), short enough for the keys built on it. */
export function isImagePrefix(prefix: string): boolean {
  return IMAGE_PREFIX_PATTERN.test(prefix) && prefix.length <= MAX_IMAGE_KEY_LENGTH - 50;
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
