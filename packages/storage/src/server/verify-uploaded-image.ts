import { AppError, type ErrorCode } from "@stepperslife/http";
import sharp from "sharp";
import type { Storage } from "../create-storage";
import { isImageKey, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, type ImageContentType } from "../image-rules";
import { IMAGE_SIGNATURE_BYTES, sniffImageType } from "../sniff-image-type";
import { isMissingObjectError } from "./is-missing-object-error";
import { readStreamBytes } from "./read-stream-bytes";
import { removeObject } from "./remove-object";

export interface VerifyUploadedImageOptions {
  /** Largest accepted file; default 5 MiB. */
  maxBytes?: number;
  /**
   * The prefix this upload was issued under (`restaurants/<id>/cover`). Pass it: a key from the request body could
   * otherwise name another record's image. A key outside it is refused and, not being this upload's, left alone.
   */
  prefix?: string;
}

export interface VerifiedImage {
  key: string;
  /** Read from the bytes, not from what the browser declared or the key's extension. */
  contentType: ImageContentType;
  bytes: number;
  /** Pixels as displayed (EXIF orientation applied). */
  width: number;
  height: number;
}

const formats: Record<string, ImageContentType> = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp" };

/**
 * Checks what a browser put at a presigned key before the app records it: the size, the real type by magic bytes
 * (a PNG under a .jpg key is fine and recorded as image/png; HTML renamed .jpg is not) and that the whole image
 * decodes. Anything refused is deleted, so a bad upload leaves nothing behind, and surfaces as an AppError whose
 * message the person can act on.
 */
export async function verifyUploadedImage(
  storage: Storage,
  key: string,
  options: VerifyUploadedImageOptions = {},
): Promise<VerifiedImage> {
  const { maxBytes = MAX_IMAGE_BYTES, prefix } = options;
  if (!isImageKey(key) || (prefix !== undefined && !key.startsWith(`${prefix}/`))) {
    throw new AppError("invalid_input", "This upload does not belong here. Upload the image again.", {
      fields: [{ path: "body.key", message: "expected the key of an image uploaded for this form" }],
    });
  }

  const refuse = async (code: ErrorCode, message: string, cause?: unknown): Promise<never> => {
    await removeObject(storage, key);
    throw new AppError(code, message, { cause });
  };

  let size: number;
  try {
    size = (await storage.client.statObject(storage.bucket, key)).size;
  } catch (error) {
    if (!isMissingObjectError(error)) throw error;
    throw new AppError("not_found", "We could not find the uploaded image. Upload it again.", { cause: error });
  }
  const limit = `images can be at most ${megabytes(maxBytes)}. Choose a smaller photo or shrink it first.`;
  if (size > maxBytes) return refuse("payload_too_large", `The image is ${megabytes(size)}; ${limit}`);
  const notAnImage = "This file is not a JPEG, PNG or WebP image. Choose a photo in one of those formats.";
  if (size < IMAGE_SIGNATURE_BYTES) return refuse("unsupported_media_type", notAnImage);

  // The first bytes settle the type before downloading the rest.
  const head = await readStreamBytes(await storage.client.getPartialObject(storage.bucket, key, 0, IMAGE_SIGNATURE_BYTES), IMAGE_SIGNATURE_BYTES);
  const contentType = sniffImageType(head.bytes);
  if (!contentType) return refuse("unsupported_media_type", notAnImage);

  const whole = await readStreamBytes(await storage.client.getObject(storage.bucket, key), maxBytes);
  // Replaced by a bigger file since the size check (the upload URL still works for a while).
  if (whole.overLimit) return refuse("payload_too_large", `The image is too big; ${limit}`);
  size = whole.bytes.length;

  try {
    const image = sharp(whole.bytes, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS });
    const metadata = await image.metadata();
    if (formats[metadata.format] !== contentType) return await refuse("unsupported_media_type", notAnImage);
    // Metadata reads only the header; decoding a small copy proves the pixel data is there and intact.
    await image.resize({ width: 64, height: 64, fit: "inside" }).toBuffer();
    return { key, contentType, bytes: size, width: metadata.autoOrient.width, height: metadata.autoOrient.height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const tooManyPixels = error instanceof Error && /pixel limit/i.test(error.message);
    return refuse(
      "unprocessable",
      tooManyPixels
        ? `The image has too many pixels (at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels). Use a smaller photo.`
        : "This image could not be read; the file may be damaged. Try another one.",
      error,
    );
  }
}

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, "")} MB`;
}
