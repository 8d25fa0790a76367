/** Matches `PublicAddressing` in @stepperslife/manifest, which is what the result is passed to. */
export interface PublicAddressingFromEnv {
  rootDomain: string;
  protocol: "http" | "https";
  includePort: boolean;
}

/** Maps the publicAddressEnv variables onto the manifest's `appUrl` addressing. */
export function publicAddressing(env: {
  ROOT_DOMAIN: string;
  PUBLIC_PROTOCOL: "http" | "https";
  PUBLIC_PORTS: boolean;
}): PublicAddressingFromEnv {
  return { rootDomain: env.ROOT_DOMAIN, protocol: env.PUBLIC_PROTOCOL, includePort: env.PUBLIC_PORTS };
}
