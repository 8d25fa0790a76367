import "server-only";

export { createImageUpload, type CreateImageUploadOptions, type ImageUpload } from "./create-image-upload";
export { removeObject } from "./remove-object";
export { serveImage, type ServeImageOptions } from "./serve-image";
export { verifyUploadedImage, type VerifiedImage, type VerifyUploadedImageOptions } from "./verify-uploaded-image";
