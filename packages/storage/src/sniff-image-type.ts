import type { ImageContentType } from "./image-rules";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The image type the bytes really are, by their magic numbers (JPEG `FF D8 FF`, PNG's 8-byte signature, WebP
 * `RIFF….WEBP`), whatever the uploader claimed; undefined for anything else (HTML renamed .jpg, say).
 */
export function sniffImageType(bytes: Uint8Array): ImageContentType | undefined {
  const startsWith = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
  if (startsWith([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(PNG)) return "image/png";
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return undefined;
}
