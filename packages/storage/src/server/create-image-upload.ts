import { randomUUID } from "node:crypto";
import { AppError } from "@stepperslife/http";
import type { Storage } from "../create-storage";
import {
  IMAGE_EXTENSIONS,
  IMAGE_PREFIX_PATTERN,
  isImageContentType,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_KEY_LENGTH,
  type ImageContentType,
} from "../image-rules";

export interface CreateImageUploadOptions {
  /** Where the image belongs, e.g. `restaurants/<id>/cover`: lowercase letters, digits, dashes and slashes. */
  prefix: string;
  /** What the browser says it will send; verifyUploadedImage later checks the bytes themselves. */
  contentType: ImageContentType;
  /** How long the upload URL works: default 600 s, at most 900 s. */
  expiresInSeconds?: number;
}

export interface ImageUpload {
  /** The object key to confirm once uploaded (`<prefix>/<uuid>.<ext>`). */
  key: string;
  /** Presigned for one PUT of this key, on the host browsers reach (S3_PUBLIC_URL when set). */
  uploadUrl: string;
  method: "PUT";
  /** Headers the browser should send with the PUT. */
  headers: Record<string, string>;
  /** When uploadUrl stops working (ISO 8601). */
  expiresAt: string;
  /** The largest file verifyUploadedImage keeps; a presigned PUT cannot enforce it, so forms pre-check it. */
  maxBytes: number;
}

const DEFAULT_EXPIRY_SECONDS = 600;
const MAX_EXPIRY_SECONDS = 900;

/**
 * Hands a browser a presigned PUT URL for one new image, so the file goes straight to the object store instead of
 * through the app. The key is random, so each upload gets its own immutable URL and nobody can guess another's.
 */
export async function createImageUpload(storage: Storage, options: CreateImageUploadOptions): Promise<ImageUpload> {
  const { prefix, contentType, expiresInSeconds = DEFAULT_EXPIRY_SECONDS } = options;
  // The prefix comes from the app's code (an id it owns), so a bad one is a bug rather than a user mistake.
  if (!IMAGE_PREFIX_PATTERN.test(prefix) || prefix.length > MAX_IMAGE_KEY_LENGTH - 50) {
    throw new TypeError(`createImageUpload: prefix "${prefix}" must be lowercase segments of [a-z0-9-] joined by "/"`);
  }
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_EXPIRY_SECONDS) {
    throw new TypeError(`createImageUpload: expiresInSeconds must be a whole number from 1 to ${MAX_EXPIRY_SECONDS}`);
  }
  // The content type usually arrives straight from the request body.
  if (!isImageContentType(contentType)) {
    throw new AppError("unsupported_media_type", "Choose a JPEG, PNG or WebP image.");
  }

  const key = `${prefix}/${randomUUID()}.${IMAGE_EXTENSIONS[contentType]}`;
  // X-Amz-Date has whole seconds, so the URL expires counting from the second it was signed in.
  const signedAt = Math.floor(Date.now() / 1000) * 1000;
  const uploadUrl = await storage.presignClient.presignedPutObject(storage.bucket, key, expiresInSeconds);
  return {
    key,
    uploadUrl,
    method: "PUT",
    headers: { "Content-Type": contentType },
    expiresAt: new Date(signedAt + expiresInSeconds * 1000).toISOString(),
    maxBytes: MAX_IMAGE_BYTES,
  };
}
