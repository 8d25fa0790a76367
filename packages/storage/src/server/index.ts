import "server-only";

export { confirmImageUpload, type ConfirmedImage, type ConfirmImageUploadOptions } from "./confirm-image-upload";
export { createImageUpload, type CreateImageUploadOptions, type ImageUpload } from "./create-image-upload";
export { removeObject } from "./remove-object";
export { scheduleUploadSweep, type ScheduleUploadSweepOptions } from "./schedule-upload-sweep";
export { serveImage, type ServeImageOptions } from "./serve-image";
export { sweepStaleUploads, type SweptUploads, type SweepStaleUploadsOptions } from "./sweep-stale-uploads";
