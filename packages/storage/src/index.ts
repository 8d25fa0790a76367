export {
  AUDIO_CONTENT_TYPES,
  isAudioContentType,
  MAX_AUDIO_BYTES,
  MAX_DOWNLOAD_URL_SECONDS,
  PRIVATE_FILE_NAMESPACE,
  type AudioContentType,
} from "./audio-rules";
export { checkStorage } from "./check-storage";
export { createStorage, type Storage } from "./create-storage";
export {
  CONFIRMED_IMAGE_NAMESPACE,
  IMAGE_CONTENT_TYPES,
  IMAGE_WIDTHS,
  isConfirmedImageKey,
  isDemoImageKey,
  isImageContentType,
  isImageKey,
  MAX_IMAGE_BYTES,
  STALE_UPLOAD_AGE_MS,
  toImageWidth,
  UPLOAD_NAMESPACE,
  type ImageContentType,
  type ImageWidth,
} from "./image-rules";
export { imageUrl } from "./image-url";
export { sniffAudioType } from "./sniff-audio-type";
export { sniffImageType } from "./sniff-image-type";
export { storeDemoImage, type StoreDemoImageOptions } from "./store-demo-image";
export { storageEnv, type StorageConfig } from "./storage-env";
export { toClientOptions } from "./to-client-options";
