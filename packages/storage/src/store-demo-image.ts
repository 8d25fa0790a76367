import type { Storage } from "./create-storage";
import { DEMO_IMAGE_PREFIX, IMAGE_EXTENSIONS, isDemoImageKey } from "./image-rules";
import { sniffImageType } from "./sniff-image-type";

export interface StoreDemoImageOptions {
  /** File name under the demo folder, e.g. `soul-kitchen-cover.jpg`: lowercase letters, digits, dashes. */
  name: string;
  /** The picture, shipped with or drawn by the app's seed. */
  bytes: Uint8Array;
}

/**
 * For seeds: puts a demo picture straight into the confirmed namespace (`images/demo/<name>`), the only place the
 * image route serves from, and returns the key to record. The bytes are the app's own, so the type check only
 * catches a seed's mistake. Storing the same picture again rewrites identical bytes, so seeding stays idempotent.
 */
export async function storeDemoImage(storage: Storage, { name, bytes }: StoreDemoImageOptions): Promise<string> {
  const key = `${DEMO_IMAGE_PREFIX}/${name}`;
  const contentType = sniffImageType(bytes);
  if (!isDemoImageKey(key) || !contentType || !name.endsWith(`.${IMAGE_EXTENSIONS[contentType]}`)) {
    throw new TypeError(`storeDemoImage: "${name}" must be a JPEG, PNG or WebP named [a-z0-9-]+ with its own extension`);
  }
  await storage.client.putObject(storage.bucket, key, Buffer.from(bytes), bytes.length, { "Content-Type": contentType });
  return key;
}
