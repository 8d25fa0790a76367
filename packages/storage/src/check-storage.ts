import type { Storage } from "./create-storage";

/** Health check: the server answers and the app's bucket exists (a fresh server has none). */
export async function checkStorage(storage: Storage): Promise<void> {
  const exists = await storage.client.bucketExists(storage.bucket);
  if (!exists) throw new Error(`bucket "${storage.bucket}" does not exist`);
}
