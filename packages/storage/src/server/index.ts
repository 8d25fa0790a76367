import "server-only";

export { confirmAudioUpload, type ConfirmedAudio } from "./confirm-audio-upload";
export { confirmImageUpload, type ConfirmedImage, type ConfirmImageUploadOptions } from "./confirm-image-upload";
export { createAudioUpload } from "./create-audio-upload";
export { createImageUpload, type CreateImageUploadOptions, type ImageUpload } from "./create-image-upload";
export { presignDownload } from "./presign-download";
export { type PresignedUpload } from "./presign-upload";
export { removeObject } from "./remove-object";
export { scheduleUploadSweep, type ScheduleUploadSweepOptions } from "./schedule-upload-sweep";
export { serveImage, type ServeImageOptions } from "./serve-image";
export { sweepStaleUploads, type SweptUploads, type SweepStaleUploadsOptions } from "./sweep-stale-uploads";
