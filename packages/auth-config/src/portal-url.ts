import { appUrl, getApp, type PublicAddressing } from "@stepperslife/manifest";

/** Public base URL of the portal (apps/main), which owns accounts, sign-in and profiles. No trailing slash. */
export function portalUrl(addressing: PublicAddressing): string {
  return appUrl(getApp("main"), addressing);
}
