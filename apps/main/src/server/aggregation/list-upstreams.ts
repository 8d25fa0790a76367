import "server-only";
import { appUrl, fleet, internalUrlOf, verticalsOf, type Manifest, type PublicAddressing } from "@stepperslife/manifest";
import { addressing, env } from "../../env";
import type { Upstream } from "./types";

/**
 * Every vertical of the manifest in its order, with the internal address from the env (its `<APP>_INTERNAL_URL`),
 * its public address and its section on the portal. The manifest alone decides what the portal reads: a vertical
 * added there appears here with no edit in this app. The defaults are this app's manifest, env and addressing.
 */
export function listUpstreams(
  options: { manifest?: Manifest; env?: Readonly<Record<string, unknown>>; addressing?: PublicAddressing } = {},
): Upstream[] {
  const { manifest = fleet, addressing: publicAddressing = addressing() } = options;
  const values: Readonly<Record<string, unknown>> = options.env ?? env();
  return verticalsOf(manifest).map((vertical) => {
    const { variable } = internalUrlOf(vertical);
    const internalUrl = values[variable];
    // Only when the env was parsed from another manifest than the one passed: a bug, not a setting.
    if (typeof internalUrl !== "string") throw new Error(`No ${variable} in the env given for vertical "${vertical.name}"`);
    return {
      app: vertical.name,
      title: vertical.title,
      section: vertical.portal,
      internalUrl,
      publicUrl: appUrl(vertical, publicAddressing),
    };
  });
}
