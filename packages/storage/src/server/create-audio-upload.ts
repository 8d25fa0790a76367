import { AppError } from "@stepperslife/http";
import { AUDIO_EXTENSIONS, isAudioContentType, MAX_AUDIO_BYTES, type AudioContentType } from "../audio-rules";
import type { Storage } from "../create-storage";
import { presignUpload, type PresignedUpload } from "./presign-upload";

/**
 * A presigned PUT for one audio file a shop sells as a download (`uploads/<prefix>/<uuid>.mp3`), straight from the
 * browser to the object store; confirmAudioUpload checks its bytes and moves it where only signed links reach.
 */
export async function createAudioUpload(
  storage: Storage,
  { prefix, contentType, expiresInSeconds = 900 }: { prefix: string; contentType: AudioContentType; expiresInSeconds?: number },
): Promise<PresignedUpload> {
  if (!isAudioContentType(contentType)) throw new AppError("unsupported_media_type", "Choose an MP3, FLAC or WAV file.");
  const extension = AUDIO_EXTENSIONS[contentType];
  return presignUpload(storage, { caller: "createAudioUpload", prefix, extension, contentType, expiresInSeconds, maxBytes: MAX_AUDIO_BYTES });
}
