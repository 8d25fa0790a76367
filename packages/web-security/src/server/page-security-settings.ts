import { listFleetOrigins } from "@stepperslife/auth-config";
import { publicAddressing } from "@stepperslife/env";
import type { PagePolicyOptions } from "../content-security-policy";

/** The part of an app's validated env the headers depend on; verticals also pass their object store's address. */
export interface SecurityEnv {
  ROOT_DOMAIN: string;
  PUBLIC_PROTOCOL: "http" | "https";
  PUBLIC_PORTS: boolean;
  S3_ENDPOINT?: string;
  S3_PUBLIC_URL?: string;
}

export interface PageSecuritySettings {
  https: boolean;
  policy: Omit<PagePolicyOptions, "nonce">;
}

// Where the portal's sign-in providers (packages/auth-config) host the avatars the header shows.
const AVATAR_ORIGINS = ["https://*.googleusercontent.com", "https://avatars.githubusercontent.com"];

/** Everything but the nonce, worked out once per process from the env. */
export function pageSecuritySettings(env: SecurityEnv, { development }: { development: boolean }): PageSecuritySettings {
  const https = env.PUBLIC_PROTOCOL === "https";
  const fleetOrigins = listFleetOrigins(publicAddressing(env));
  // Browsers PUT presigned uploads straight to the store, at the address they reach it on (as the presigner signs it).
  const storeAddress = env.S3_PUBLIC_URL ?? env.S3_ENDPOINT;
  return {
    https,
    policy: {
      development,
      https,
      // The fleet too: a client-side navigation whose session has stale roles is redirected (307) to the portal's
      // refresh route; the router's fetch follows it, CORS refuses it and the router falls back to a full page load.
      connectOrigins: [...(storeAddress ? [new URL(storeAddress).origin] : []), ...fleetOrigins],
      imageOrigins: [...fleetOrigins, ...AVATAR_ORIGINS],
      formOrigins: fleetOrigins,
    },
  };
}
