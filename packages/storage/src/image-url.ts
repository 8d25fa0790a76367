import { toImageWidth } from "./image-rules";

/**
 * The URL of an image thumbnail served by an app's image route: `imageUrl("/api/images", key, 320)` →
 * `/api/images/restaurants/r1/cover/….jpg?w=320`. The width is rounded up to an allowed one here already, so
 * every page asks for the same few URLs and caches share them.
 */
export function imageUrl(path: string, key: string, width?: number): string {
  const base = path.replace(/\/+$/, "");
  const encodedKey = key.split("/").map(encodeURIComponent).join("/");
  return `${base}/${encodedKey}?w=${toImageWidth(width)}`;
}
