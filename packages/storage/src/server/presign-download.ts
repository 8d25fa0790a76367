import { MAX_DOWNLOAD_URL_SECONDS, PRIVATE_FILE_NAMESPACE } from "../audio-rules";
import type { Storage } from "../create-storage";

/**
 * A GET link for one private file that works for `expiresInSeconds` (at most 15 minutes) and makes the browser save it
 * under `filename`. The only way a private file is read: the bucket answers unsigned requests with 403.
 */
export async function presignDownload(storage: Storage, { key, filename, expiresInSeconds }: { key: string; filename: string; expiresInSeconds: number }) {
  if (!key.startsWith(`${PRIVATE_FILE_NAMESPACE}/`)) throw new TypeError(`presignDownload: "${key}" is not a private file`);
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_DOWNLOAD_URL_SECONDS) {
    throw new TypeError(`presignDownload: expiresInSeconds must be a whole number from 1 to ${MAX_DOWNLOAD_URL_SECONDS}`);
  }
  const disposition = `attachment; filename="${safeFileName(filename)}"`;
  const signedAt = Math.floor(Date.now() / 1000) * 1000;
  const url = await storage.presignClient.presignedGetObject(storage.bucket, key, expiresInSeconds, { "response-content-disposition": disposition });
  return { url, expiresAt: new Date(signedAt + expiresInSeconds * 1000) };
}

/**
 * The name the browser saves under, in letters, digits, spaces, dots, dashes and underscores (accents, apostrophes and
 * brackets dropped, dashes kept, the rest "_"). Narrower than RFC 6266 allows on purpose: `filename*=` needs `*` and `'`, which signers and S3 servers
 * percent-encode differently in the signed query (the dev S3 server refuses such links), and a quote would end it.
 */
export function safeFileName(name: string): string {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f'’()"]/g, "")
    .replace(/[–—]/g, "-")
    .replace(/[^A-Za-z0-9 ._-]+/g, "_")
    .replace(/\s+/g, " ")
    .trim();
  return plain.slice(-120) || "download";
}
