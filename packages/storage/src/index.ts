export { checkStorage } from "./check-storage";
export { createStorage, type Storage } from "./create-storage";
export {
  IMAGE_CONTENT_TYPES,
  IMAGE_WIDTHS,
  isImageContentType,
  isImageKey,
  MAX_IMAGE_BYTES,
  toImageWidth,
  type ImageContentType,
  type ImageWidth,
} from "./image-rules";
export { imageUrl } from "./image-url";
export { sniffImageType } from "./sniff-image-type";
export { storageEnv, type StorageConfig } from "./storage-env";
export { toClientOptions } from "./to-client-options";
