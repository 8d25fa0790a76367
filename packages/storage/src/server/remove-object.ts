import type { Storage } from "../create-storage";

/**
 * Deletes one object from the app's bucket, e.g. the image a new upload replaced. Deleting a key that is already
 * gone succeeds (S3 deletes are idempotent); an unreachable server throws, so the caller decides whether a
 * leftover object matters.
 */
export async function removeObject(storage: Storage, key: string): Promise<void> {
  if (!key || key.startsWith("/")) throw new TypeError(`removeObject: expected an object key, got "${key}"`);
  await storage.client.removeObject(storage.bucket, key);
}
