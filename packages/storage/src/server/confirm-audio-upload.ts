import { randomUUID } from "node:crypto";
import { AppError } from "@stepperslife/http";
import { AUDIO_EXTENSIONS, MAX_AUDIO_BYTES, PRIVATE_FILE_NAMESPACE, type AudioContentType } from "../audio-rules";
import type { Storage } from "../create-storage";
import { isImagePrefix, UPLOAD_NAMESPACE } from "../image-rules";
import { sniffAudioType } from "../sniff-audio-type";
import { isMissingObjectError } from "./is-missing-object-error";
import { readStreamBytes } from "./read-stream-bytes";
import { removeObject } from "./remove-object";

export interface ConfirmedAudio {
  /** The key to record: `files/<prefix>/<uuid>.<ext>`, readable only through a presigned download link. */
  key: string;
  /** Read from the bytes, not from what the browser declared. */
  contentType: AudioContentType;
  bytes: number;
}

const AUDIO_KEY = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*\/[0-9a-f-]{36}\.(?:mp3|flac|wav)$/;

/**
 * Turns a browser's audio upload into a file the app may sell. Audio is too large to read whole as images are, so
 * the upload is first copied server-side to a fresh key in the private namespace (no URL writes there), and the copy,
 * which can no longer change, is checked: its size and its first bytes. A bad copy is deleted, as is the upload.
 */
export async function confirmAudioUpload(storage: Storage, { key, prefix, maxBytes = MAX_AUDIO_BYTES }: { key: string; prefix: string; maxBytes?: number }): Promise<ConfirmedAudio> {
  if (!isImagePrefix(prefix)) throw new TypeError(`confirmAudioUpload: prefix "${prefix}" is not a storage prefix`);
  const folder = `${UPLOAD_NAMESPACE}/${prefix}/`;
  if (!key.startsWith(folder) || key.slice(folder.length).includes("/") || !AUDIO_KEY.test(key)) {
    throw new AppError("invalid_input", "This upload does not belong here. Upload the file again.", {
      fields: [{ path: "body.key", message: "expected the key of an audio file uploaded for this product" }],
    });
  }
  const extension = key.slice(key.lastIndexOf(".") + 1);
  const copyKey = `${PRIVATE_FILE_NAMESPACE}/${prefix}/${randomUUID()}.${extension}`;
  try {
    await storage.client.copyObject(storage.bucket, copyKey, `/${storage.bucket}/${key}`);
  } catch (error) {
    if (isMissingObjectError(error)) throw new AppError("invalid_input", "The file did not arrive. Upload it again.", { cause: error });
    throw error;
  }
  const refuse = async (code: "payload_too_large" | "unsupported_media_type", message: string): Promise<never> => {
    await Promise.allSettled([removeObject(storage, copyKey), removeObject(storage, key)]);
    throw new AppError(code, message);
  };
  const { size } = await storage.client.statObject(storage.bucket, copyKey);
  if (size > maxBytes) return refuse("payload_too_large", `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  const { bytes } = await readStreamBytes(await storage.client.getPartialObject(storage.bucket, copyKey, 0, 16), 16);
  const contentType = sniffAudioType(bytes);
  // The extension the upload was issued with must match what the bytes are, so links name the file truthfully.
  if (!contentType || AUDIO_EXTENSIONS[contentType] !== extension) return refuse("unsupported_media_type", "This is not an MP3, FLAC or WAV file.");
  await removeObject(storage, key).catch((error: unknown) => console.warn(`confirmAudioUpload: could not delete ${key}; the sweep will`, error));
  return { key: copyKey, contentType, bytes: size };
}
