/** Client-side rules of ImageUploadField, kept apart from React so they are easy to test. */

export const UPLOAD_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

/** Mirrors the server's limit (MAX_IMAGE_BYTES in @stepperslife/storage); the server still decides. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/** What is wrong with the chosen file, in words for the person choosing it, or null when it may be uploaded. */
export function checkImageFile(file: { type: string; size: number }, maxBytes: number = UPLOAD_MAX_BYTES): string | null {
  if (!(UPLOAD_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return "Choose a JPEG, PNG or WebP image.";
  }
  if (file.size > maxBytes) {
    return `This image is ${formatMegabytes(file.size)}; images can be at most ${formatMegabytes(maxBytes)}. Choose a smaller photo.`;
  }
  if (file.size === 0) return "This file is empty. Choose another image.";
  return null;
}

/** The server's `{ error: { message } }`, or a sentence that fits the status when the body has none. */
export async function readErrorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === "string" && body.error.message) return body.error.message;
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a generic sentence.
  }
  if (response.status === 401) return "Your session has ended. Sign in again, then upload the image.";
  if (response.status === 403) return "You are not allowed to change this image.";
  if (response.status === 413) return "This image is too big.";
  return "The upload did not work. Please try again.";
}

/** Upload progress as a whole percent, never 100 before the last byte is sent. */
export function uploadPercent(loaded: number, total: number): number {
  if (total <= 0) return 0;
  return loaded >= total ? 100 : Math.min(99, Math.floor((loaded / total) * 100));
}

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, "")} MB`;
}
