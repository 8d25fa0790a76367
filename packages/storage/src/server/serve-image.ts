import type { Readable } from "node:stream";
import { AppError, errorResponse } from "@stepperslife/http";
import sharp from "sharp";
import type { Storage } from "../create-storage";
import { isConfirmedImageKey, isImageKey, MAX_IMAGE_PIXELS, toImageWidth } from "../image-rules";
import { isMissingObjectError } from "./is-missing-object-error";

export interface ServeImageOptions {
  /** The object key, from the route's path. */
  key: string;
  /** Wanted width in pixels (the `w` query parameter as given, or a number); rounded up to 160, 320, 640 or 1280. */
  width?: number | string | null;
}

/**
 * An app's image route in one call: a confirmed image, resized to an allowed width, re-encoded as WebP. Every image
 * is decoded and re-encoded, so whatever sits in the bucket, the browser only ever receives image/webp from us.
 * Only the confirmed namespace is served (404 for anything else, uploads included): what is there was verified
 * and written by the app itself, never changes, and so may be cached for a year.
 *
 * The original streams from the object store into sharp; the (small) thumbnail is buffered before answering, so a
 * damaged original becomes a clean error instead of a truncated 200.
 */
export async function serveImage(storage: Storage, { key, width }: ServeImageOptions): Promise<Response> {
  if (!isImageKey(key)) return badRequest("That is not the address of an image.");
  const wanted = parseWidth(width);
  if (wanted === null) return badRequest("The width (w) must be a whole number of pixels.");
  const notFound = () => errorResponse(new AppError("not_found", "There is no image at this address."), "serveImage");
  if (!isConfirmedImageKey(key)) return notFound();

  let original: Readable;
  try {
    original = await storage.client.getObject(storage.bucket, key);
  } catch (error) {
    if (isMissingObjectError(error)) return notFound();
    return errorResponse(error, `serveImage ${key}`);
  }

  try {
    const resize = sharp({ limitInputPixels: MAX_IMAGE_PIXELS })
      .autoOrient()
      .resize({ width: toImageWidth(wanted), withoutEnlargement: true })
      .webp({ quality: 80 });
    original.on("error", (error) => resize.destroy(error));
    original.pipe(resize);
    const thumbnail = await resize.toBuffer();
    return new Response(new Uint8Array(thumbnail), {
      status: 200,
      headers: {
        "content-type": "image/webp",
        "content-length": String(thumbnail.length),
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    original.destroy();
    // Nothing but the app writes confirmed images, after verifying them: this one was damaged in storage.
    console.error(`serveImage ${key}: cannot render`, error);
    return errorResponse(new AppError("unprocessable", "This image cannot be shown."), "serveImage");
  }
}

/** undefined when no width was asked for; null when the value is not a positive whole number. */
function parseWidth(width: ServeImageOptions["width"]): number | undefined | null {
  if (width === undefined || width === null || width === "") return undefined;
  const value = typeof width === "number" ? width : /^\d{1,6}$/.test(width) ? Number(width) : Number.NaN;
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** 400 with the fleet's error body; errorStatus has no 400 code for a malformed URL, so it is built here. */
function badRequest(message: string): Response {
  return Response.json({ error: { code: "invalid_input", message } }, { status: 400, headers: { "cache-control": "no-store" } });
}
