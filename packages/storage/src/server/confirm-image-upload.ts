import { randomUUID } from "node:crypto";
import { AppError } from "@stepperslife/http";
import type { Storage } from "../create-storage";
import { CONFIRMED_IMAGE_NAMESPACE, IMAGE_EXTENSIONS, isImageKey, isImagePrefix, UPLOAD_NAMESPACE, type ImageContentType } from "../image-rules";
import { removeObject } from "./remove-object";
import { verifyUploadedImage } from "./verify-uploaded-image";

export interface ConfirmImageUploadOptions {
  /** The upload key createImageUpload issued, as the browser sends it back (`uploads/<prefix>/<uuid>.<ext>`). */
  key: string;
  /**
   * The prefix the upload was issued under (`restaurants/<id>/cover`), from the app's own route, never the request:
   * the key comes from the request body and could otherwise name another record's upload. A key outside it is
   * refused and, not being this upload's, left alone.
   */
  prefix: string;
  /** Largest accepted file; default 5 MiB. */
  maxBytes?: number;
}

export interface ConfirmedImage {
  /** The key to record: `images/<prefix>/<uuid>.<ext>`, in the namespace nobody holds a write URL for. */
  key: string;
  /** Read from the bytes, not from what the browser declared or the upload key's extension. */
  contentType: ImageContentType;
  bytes: number;
  /** Pixels as displayed (EXIF orientation applied). */
  width: number;
  height: number;
}

/**
 * Turns a browser's upload into an image the app may record. The upload's presigned URL works until it expires, so
 * whatever sits at the upload key can be swapped at any moment, even after it was checked: the bytes are read once,
 * verified (verifyUploadedImage), and exactly those bytes are written under a new random key in the confirmed
 * namespace, which no URL can write to. The upload itself is then deleted (or, failing that, swept later).
 */
export async function confirmImageUpload(storage: Storage, { key, prefix, maxBytes }: ConfirmImageUploadOptions): Promise<ConfirmedImage> {
  // The prefix comes from the app's code (an id it owns), so a bad one is a bug rather than a user mistake.
  if (!isImagePrefix(prefix)) throw new TypeError(`confirmImageUpload: prefix "${prefix}" is not an image prefix`);
  const folder = `${UPLOAD_NAMESPACE}/${prefix}/`;
  if (!isImageKey(key) || !key.startsWith(folder) || key.slice(folder.length).includes("/")) {
    throw new AppError("invalid_input", "This upload does not belong here. Upload the image again.", {
      fields: [{ path: "body.key", message: "expected the key of an image uploaded for this form" }],
    });
  }

  const image = await verifyUploadedImage(storage, key, maxBytes === undefined ? {} : { maxBytes });
  // A fresh name rather than the upload's: confirming the same upload key again (after another PUT to its URL) must
  // never overwrite an image already recorded and cached for a year.
  const confirmedKey = `${CONFIRMED_IMAGE_NAMESPACE}/${prefix}/${randomUUID()}.${IMAGE_EXTENSIONS[image.contentType]}`;
  await storage.client.putObject(storage.bucket, confirmedKey, image.data, image.data.length, { "Content-Type": image.contentType });
  // The image is safe either way; a leftover upload is only clutter, which sweepStaleUploads removes.
  await removeObject(storage, key).catch((error: unknown) => console.warn(`confirmImageUpload: could not delete ${key}; the sweep will`, error));
  return { key: confirmedKey, contentType: image.contentType, bytes: image.data.length, width: image.width, height: image.height };
}
