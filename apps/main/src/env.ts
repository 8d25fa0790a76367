import { portalUrl } from "@stepperslife/auth-config";
import {
  appVersionEnv,
  authEnv,
  createEnv,
  databaseEnv,
  mailEnv,
  portalSignInEnv,
  publicAddressEnv,
  publicAddressing,
  urlWithScheme,
  type EnvOf,
} from "@stepperslife/env";
import { internalUrlOf, verticals, type InternalUrl, type VerticalDefinition } from "@stepperslife/manifest";
import { z } from "zod";

function internalUrlEnv(vertical: VerticalDefinition) {
  const { fallback } = internalUrlOf(vertical);
  return urlWithScheme(["http:", "https:"], "expected an http:// or https:// URL")
    .default(fallback)
    .meta({
      description: `How the portal's server reaches the ${vertical.name} app directly for its feed, search and activity; not the public address.`,
      example: fallback,
    });
}

/**
 * One `<APP>_INTERNAL_URL` per vertical of a manifest: how the portal's server reaches it directly (never the public
 * address: no proxy, no TLS hop). Built from the manifest, so a new vertical needs no line here.
 */
export function internalUrlsEnv(of: VerticalDefinition[]) {
  const entries = of.map((vertical) => [internalUrlOf(vertical).variable, internalUrlEnv(vertical)] as const);
  return Object.fromEntries(entries) as Record<InternalUrl["variable"], ReturnType<typeof internalUrlEnv>>;
}

/** The verticals the portal reads live, and how long it waits for each before showing a section as unavailable. */
const upstreamEnv = {
  UPSTREAM_TIMEOUT_MS: z.coerce
    .number({ error: "expected a whole number of milliseconds from 50 to 30000" })
    .int({ error: "expected a whole number of milliseconds from 50 to 30000" })
    .min(50, { error: "expected a whole number of milliseconds from 50 to 30000" })
    .max(30_000, { error: "expected a whole number of milliseconds from 50 to 30000" })
    .default(800)
    .meta({
      description:
        "How long the portal waits for each app's feed, search or activity answer before showing that section from its last good answer (or as unavailable). The page is never slower than this.",
      example: "800",
    }),
  ...internalUrlsEnv(verticals),
};

export const envShape = {
  ...databaseEnv,
  ...publicAddressEnv,
  ...mailEnv,
  ...authEnv,
  ...portalSignInEnv,
  ...appVersionEnv,
  ...upstreamEnv,
};

let validated: EnvOf<typeof envShape> | undefined;

/** The one reader of process.env. Parsed on first use, not at import, so `next build` needs no secrets. */
export function env(): EnvOf<typeof envShape> {
  validated ??= createEnv(envShape, process.env);
  return validated;
}

/** Where the fleet's apps are reached, for links between them. */
export const addressing = () => publicAddressing(env());

/**
 * Dev, tests and the local fleet (plain http; production always runs behind TLS). For hints to developers only,
 * never for security decisions.
 */
export const isLocalDevelopment = () => process.env.NODE_ENV !== "production" || env().PUBLIC_PROTOCOL === "http";

/** Only the database, for operator scripts (`npm run admin:grant`) that need nothing else. */
export const scriptEnv = () => createEnv(databaseEnv, process.env);

/**
 * NextAuth builds its own URLs (magic links, OAuth callbacks) from NEXTAUTH_URL and would otherwise assume
 * http://localhost:3000. Derived from the fleet's addressing, so it is not one more variable to configure.
 */
export function exportNextAuthUrl(): void {
  process.env.NEXTAUTH_URL = `${portalUrl(addressing())}/api/auth`;
}
