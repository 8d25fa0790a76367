import type { Readable } from "node:stream";

/**
 * Collects a stream into one buffer, giving up (and closing the stream) past `limit` bytes: an object can be
 * replaced between a size check and the read, so the read does not trust the earlier size.
 */
export async function readStreamBytes(stream: Readable, limit: number): Promise<{ bytes: Buffer; overLimit: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    length += buffer.length;
    if (length > limit) {
      stream.destroy();
      return { bytes: Buffer.alloc(0), overLimit: true };
    }
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks, length), overLimit: false };
}
