import { appUrl, fleet, type PublicAddressing } from "@stepperslife/manifest";

/** The public origins of the seven apps (scheme, host and, with ports, port): the only places we send people to. */
export function listFleetOrigins(addressing: PublicAddressing): string[] {
  return fleet.apps.map((app) => new URL(appUrl(app, addressing)).origin);
}
