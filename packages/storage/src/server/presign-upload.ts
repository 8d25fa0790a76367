import { randomUUID } from "node:crypto";
import type { Storage } from "../create-storage";
import { isImagePrefix, MAX_UPLOAD_URL_SECONDS, UPLOAD_NAMESPACE } from "../image-rules";

/** A presigned PUT for one new file, as the browser uses it; confirm the key afterwards, never record it. */
export interface PresignedUpload {
  /** The temporary object key to confirm once uploaded (`uploads/<prefix>/<uuid>.<ext>`); never record it. */
  key: string;
  /** Presigned for one PUT of this key, on the host browsers reach (S3_PUBLIC_URL when set). */
  uploadUrl: string;
  method: "PUT";
  /** Headers the browser should send with the PUT. */
  headers: Record<string, string>;
  /** When uploadUrl stops working (ISO 8601). */
  expiresAt: string;
  /** The largest file the confirm step keeps; a presigned PUT cannot enforce it, so forms pre-check it. */
  maxBytes: number;
}

/**
 * A random key in the upload namespace and a PUT URL for it (images and audio alike): whatever sits there may change
 * until the URL expires, so only the confirm step's copy is ever recorded, and the sweep deletes the rest.
 */
export async function presignUpload(
  storage: Storage,
  { caller, prefix, extension, contentType, expiresInSeconds, maxBytes }: {
    caller: string;
    prefix: string;
    extension: string;
    contentType: string;
    expiresInSeconds: number;
    maxBytes: number;
  },
): Promise<PresignedUpload> {
  // The prefix comes from the app's code (an id it owns), so a bad one is a bug rather than a user mistake.
  if (!isImagePrefix(prefix)) throw new TypeError(`${caller}: prefix "${prefix}" must be lowercase segments of [a-z0-9-] joined by "/"`);
  // The sweep's age threshold counts on no URL outliving this.
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_UPLOAD_URL_SECONDS) {
    throw new TypeError(`${caller}: expiresInSeconds must be a whole number from 1 to ${MAX_UPLOAD_URL_SECONDS}`);
  }
  const key = `${UPLOAD_NAMESPACE}/${prefix}/${randomUUID()}.${extension}`;
  // X-Amz-Date has whole seconds, so the URL expires counting from the second it was signed in.
  const signedAt = Math.floor(Date.now() / 1000) * 1000;
  const uploadUrl = await storage.presignClient.presignedPutObject(storage.bucket, key, expiresInSeconds);
  return { key, uploadUrl, method: "PUT", headers: { "Content-Type": contentType }, expiresAt: new Date(signedAt + expiresInSeconds * 1000).toISOString(), maxBytes };
}
