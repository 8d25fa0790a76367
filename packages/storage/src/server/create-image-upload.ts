import { randomUUID } from "node:crypto";
import { AppError } from "@stepperslife/http";
import type { Storage } from "../create-storage";
import {
  IMAGE_EXTENSIONS,
  isImageContentType,
  isImagePrefix,
  MAX_IMAGE_BYTES,
  MAX_UPLOAD_URL_SECONDS,
  UPLOAD_NAMESPACE,
  type ImageContentType,
} from "../image-rules";

export interface CreateImageUploadOptions {
  /** Where the image belongs, e.g. `restaurants/<id>/cover`: lowercase letters, digits, dashes and slashes. */
  prefix: string;
  /** What the browser says it will send; confirmImageUpload later checks the bytes themselves. */
  contentType: ImageContentType;
  /** How long the upload URL works: default 600 s, at most 900 s. */
  expiresInSeconds?: number;
}

export interface ImageUpload {
  /** The temporary object key to confirm once uploaded (`uploads/<prefix>/<uuid>.<ext>`); never record it. */
  key: string;
  /** Presigned for one PUT of this key, on the host browsers reach (S3_PUBLIC_URL when set). */
  uploadUrl: string;
  method: "PUT";
  /** Headers the browser should send with the PUT. */
  headers: Record<string, string>;
  /** When uploadUrl stops working (ISO 8601). */
  expiresAt: string;
  /** The largest file confirmImageUpload keeps; a presigned PUT cannot enforce it, so forms pre-check it. */
  maxBytes: number;
}

const DEFAULT_EXPIRY_SECONDS = 600;

/**
 * Hands a browser a presigned PUT URL for one new image, so the file goes straight to the object store instead of
 * through the app. The key is random, so nobody can guess another's. It lies in the upload namespace: the URL keeps
 * working until it expires, so whatever sits there may change at any time; confirmImageUpload copies the bytes it
 * verified out of it, and sweepStaleUploads deletes what is never confirmed.
 */
export async function createImageUpload(storage: Storage, options: CreateImageUploadOptions): Promise<ImageUpload> {
  const { prefix, contentType, expiresInSeconds = DEFAULT_EXPIRY_SECONDS } = options;
  // The prefix comes from the app's code (an id it owns), so a bad one is a bug rather than a user mistake.
  if (!isImagePrefix(prefix)) {
    throw new TypeError(`createImageUpload: prefix "${prefix}" must be lowercase segments of [a-z0-9-] joined by "/"`);
  }
  // The sweep's age threshold counts on no URL outliving this.
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_UPLOAD_URL_SECONDS) {
    throw new TypeError(`createImageUpload: expiresInSeconds must be a whole number from 1 to ${MAX_UPLOAD_URL_SECONDS}`);
  }
  // The content type usually arrives straight from the request body.
  if (!isImageContentType(contentType)) {
    throw new AppError("unsupported_media_type", "Choose a JPEG, PNG or WebP image.");
  }

  const key = `${UPLOAD_NAMESPACE}/${prefix}/${randomUUID()}.${IMAGE_EXTENSIONS[contentType]}`;
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
