import type { PublicAddressing } from "@stepperslife/manifest";
import { listFleetOrigins } from "./list-fleet-origins";

// Browsers drop tabs and newlines inside URLs and treat "\" like "/", so "/\t/evil.com" or "/\evil.com" would
// turn into "//evil.com" (another site) after we approved it. Any control character, space or backslash is refused.
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f\\]/;
const RELATIVE_BASE = "http://relative.invalid";

/**
 * Where it is safe to send someone after sign-in or sign-out: an absolute http(s) URL on one of the fleet's seven
 * public origins (no user:password@ part), or a path on the current app ("/x", never "//x"). Anything else, including
 * javascript:, other ports, look-alike hosts and protocol-relative URLs, gives `fallback`, so no link can bounce a
 * person to another site with our domain in the address bar (an open redirect).
 */
export function safeCallbackUrl(
  candidate: string | null | undefined,
  { addressing, fallback }: { addressing: PublicAddressing; fallback: string },
): string {
  if (!candidate || UNSAFE_CHARACTERS.test(candidate)) return fallback;

  if (candidate.startsWith("/")) {
    if (candidate.startsWith("//")) return fallback;
    // Resolving against a throwaway origin proves the path cannot climb out of the current host.
    const resolved = parse(candidate, RELATIVE_BASE);
    return resolved?.origin === RELATIVE_BASE ? candidate : fallback;
  }

  const url = parse(candidate);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return fallback;
  if (url.username || url.password) return fallback;
  return listFleetOrigins(addressing).includes(url.origin) ? url.href : fallback;
}

function parse(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}
