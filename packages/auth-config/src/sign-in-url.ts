import type { PublicAddressing } from "@stepperslife/manifest";
import { portalUrl } from "./portal-url";

/**
 * The portal's sign-in page, told where to send the person back to. The portal re-checks `callbackUrl` with
 * safeCallbackUrl, so building this link never needs to trust it.
 */
export function signInUrl({ addressing, callbackUrl }: { addressing: PublicAddressing; callbackUrl?: string | null }): string {
  const base = `${portalUrl(addressing)}/sign-in`;
  return callbackUrl ? `${base}?callbackUrl=${encodeURIComponent(callbackUrl)}` : base;
}
