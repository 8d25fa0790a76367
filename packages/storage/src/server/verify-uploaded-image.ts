import { AppError, type ErrorCode } from "@stepperslife/http";
import sharp from "sharp";
import type { Storage } from "../create-storage";
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, type ImageContentType } from "../image-rules";
import { sniffImageType } from "../sniff-image-type";
import { isMissingObjectError } from "./is-missing-object-error";
import { readStreamBytes } from "./read-stream-bytes";
import { removeObject } from "./remove-object";

export interface VerifyUploadedImageOptions {
  /** Largest accepted file; default 5 MiB. */
  maxBytes?: number;
}

export interface VerifiedImage {
  /** Read from the bytes, not from what the browser declared or the key's extension. */
  contentType: ImageContentType;
  /** Exactly the bytes that were checked: store these, never the object, which may have changed since. */
  data: Buffer;
  /** Pixels as displayed (EXIF orientation applied). */
  width: number;
  height: number;
}

const formats: Record<string, ImageContentType> = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp" };

/**
 * Reads what a browser put at an upload key once and checks those bytes: the size, the real type by magic bytes
 * (a PNG under a .jpg key is fine and reported as image/png; HTML renamed .jpg is not) and that the whole image
 * decodes. Anything refused is deleted, so a bad upload leaves nothing behind, and surfaces as an AppError whose
 * message the person can act on. Only confirmImageUpload calls it: it stores the bytes this returns.
 */
export async function verifyUploadedImage(
  storage: Storage,
  key: string,
  { maxBytes = MAX_IMAGE_BYTES }: VerifyUploadedImageOptions = {},
): Promise<VerifiedImage> {
  const refuse = async (code: ErrorCode, message: string, cause?: unknown): Promise<never> => {
    await removeObject(storage, key);
    throw new AppError(code, message, { cause });
  };
  const missing = (cause: unknown) => new AppError("not_found", "We could not find the uploaded image. Upload it again.", { cause });

  let size: number;
  try {
    size = (await storage.client.statObject(storage.bucket, key)).size;
  } catch (error) {
    if (isMissingObjectError(error)) throw missing(error);
    throw error;
  }
  const limit = `images can be at most ${megabytes(maxBytes)}. Choose a smaller photo or shrink it first.`;
  // Checked before reading, so a huge upload is never downloaded.
  if (size > maxBytes) return refuse("payload_too_large", `The image is ${megabytes(size)}; ${limit}`);

  let whole: Awaited<ReturnType<typeof readStreamBytes>>;
  try {
    whole = await readStreamBytes(await storage.client.getObject(storage.bucket, key), maxBytes);
  } catch (error) {
    if (isMissingObjectError(error)) throw missing(error);
    throw error;
  }
  // Replaced by a bigger file since the size check (the upload URL still works for a while).
  if (whole.overLimit) return refuse("payload_too_large", `The image is too big; ${limit}`);
  const data = whole.bytes;
  const notAnImage = "This file is not a JPEG, PNG or WebP image. Choose a photo in one of those formats.";
  const contentType = sniffImageType(data);
  if (!contentType) return refuse("unsupported_media_type", notAnImage);

  try {
    const image = sharp(data, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS });
    const metadata = await image.metadata();
    if (formats[metadata.format] !== contentType) return await refuse("unsupported_media_type", notAnImage);
    // Metadata reads only the header; decoding a small copy proves the pixel data is there and intact.
    await image.resize({ width: 64, height: 64, fit: "inside" }).toBuffer();
    return { contentType, data, width: metadata.autoOrient.width, height: metadata.autoOrient.height };
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
