import type { Storage } from "../create-storage";
import { STALE_UPLOAD_AGE_MS, UPLOAD_NAMESPACE } from "../image-rules";

export interface SweepStaleUploadsOptions {
  /** The sweep's clock (tests move it forward rather than wait); default the current time. */
  now?: Date;
}

export interface SweptUploads {
  /** Keys deleted: uploads whose URL had expired without them being confirmed. */
  removed: string[];
}

/**
 * Deletes every object in the upload namespace older than the longest upload URL's expiry plus a grace
 * (STALE_UPLOAD_AGE_MS): an upload nobody confirmed, such as an HTML page put at a presigned URL, would otherwise
 * stay in the bucket forever. Confirmed images are copied out of the namespace at once, and nobody can write to an
 * upload key once its URL has expired, so what is this old can never be needed again.
 *
 * Everything it goes by is in the bucket (the key and its last-modified time), so a restart loses nothing, and
 * several processes sweeping at once only repeat deletes, which S3 treats as successes.
 */
export async function sweepStaleUploads(storage: Storage, { now = new Date() }: SweepStaleUploadsOptions = {}): Promise<SweptUploads> {
  const cutoff = now.getTime() - STALE_UPLOAD_AGE_MS;
  const stale: string[] = [];
  for await (const item of storage.client.listObjectsV2(storage.bucket, `${UPLOAD_NAMESPACE}/`, true)) {
    if (item.name && item.lastModified.getTime() < cutoff) stale.push(item.name);
  }
  if (stale.length === 0) return { removed: [] };
  // One request per 1000 keys (minio batches); the answer lists only the keys that could not be deleted.
  const failures = await storage.client.removeObjects(storage.bucket, stale);
  if (failures.length > 0) throw new Error(`sweepStaleUploads: ${failures.length} of ${stale.length} stale uploads could not be deleted`);
  return { removed: stale };
}
