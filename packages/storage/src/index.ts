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
export { sniffImageType } from "./sniff-image-type";
export { storeDemoImage, type StoreDemoImageOptions } from "./store-demo-image";
export { storageEnv, type StorageConfig } from "./storage-env";
export { toClientOptions } from "./to-client-options";
