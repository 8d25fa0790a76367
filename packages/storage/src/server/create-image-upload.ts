import { AppError } from "@stepperslife/http";
import type { Storage } from "../create-storage";
import { IMAGE_EXTENSIONS, isImageContentType, MAX_IMAGE_BYTES, type ImageContentType } from "../image-rules";
import { presignUpload, type PresignedUpload } from "./presign-upload";

export interface CreateImageUploadOptions {
  /** Where the image belongs, e.g. `restaurants/<id>/cover`: lowercase letters, digits, dashes and slashes. */
  prefix: string;
  /** What the browser says it will send; confirmImageUpload later checks the bytes themselves. */
  contentType: ImageContentType;
  /** How long the upload URL works: default 600 s, at most 900 s. */
  expiresInSeconds?: number;
}

export type ImageUpload = PresignedUpload;

const DEFAULT_EXPIRY_SECONDS = 600;

/**
 * Hands a browser a presigned PUT URL for one new image, so the file goes straight to the object store instead of
 * through the app. The key is random, so nobody can guess another's. It lies in the upload namespace: the URL keeps
 * working until it expires, so whatever sits there may change at any time; confirmImageUpload copies the bytes it
 * verified out of it, and sweepStaleUploads deletes what is never confirmed.
 */
export async function createImageUpload(storage: Storage, options: CreateImageUploadOptions): Promise<ImageUpload> {
  const { prefix, contentType, expiresInSeconds = DEFAULT_EXPIRY_SECONDS } = options;
  // The content type usually arrives straight from the request body.
  if (!isImageContentType(contentType)) {
    throw new AppError("unsupported_media_type", "Choose a JPEG, PNG or WebP image.");
  }
  const extension = IMAGE_EXTENSIONS[contentType];
  return presignUpload(storage, { caller: "createImageUpload", prefix, extension, contentType, expiresInSeconds, maxBytes: MAX_IMAGE_BYTES });
}
