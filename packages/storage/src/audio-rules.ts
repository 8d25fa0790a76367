/** What a store sells as a music download: the formats DJs and listeners play, checked by their bytes on upload. */
export const AUDIO_CONTENT_TYPES = ["audio/mpeg", "audio/flac", "audio/wav"] as const;

export type AudioContentType = (typeof AUDIO_CONTENT_TYPES)[number];

export const AUDIO_EXTENSIONS: Record<AudioContentType, string> = {
  "audio/mpeg": "mp3",
  "audio/flac": "flac",
  "audio/wav": "wav",
};

/** 250 MiB: an hour-long mix in FLAC fits; a presigned PUT cannot cap it, so it is refused after upload when larger. */
export const MAX_AUDIO_BYTES = 250 * 1024 * 1024;

/**
 * Where confirmed audio lives: `files/<prefix>/<uuid>.<ext>`. Never served by the image route nor readable without a
 * signature: buyers get presigned GET links of at most MAX_DOWNLOAD_URL_SECONDS, one per download.
 */
export const PRIVATE_FILE_NAMESPACE = "files";

/** The longest a download link works (15 minutes). */
export const MAX_DOWNLOAD_URL_SECONDS = 900;

export function isAudioContentType(value: string): value is AudioContentType {
  return (AUDIO_CONTENT_TYPES as readonly string[]).includes(value);
}
