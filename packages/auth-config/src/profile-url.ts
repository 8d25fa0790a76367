import type { PublicAddressing } from "@stepperslife/manifest";
import { portalUrl } from "./portal-url";

/** Where a person manages their account; every app links here instead of keeping its own profile page. */
export function profileUrl(addressing: PublicAddressing): string {
  return `${portalUrl(addressing)}/profile`;
}
