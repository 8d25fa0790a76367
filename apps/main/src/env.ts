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
  type EnvOf,
} from "@stepperslife/env";

export const envShape = { ...databaseEnv, ...publicAddressEnv, ...mailEnv, ...authEnv, ...portalSignInEnv, ...appVersionEnv };

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
