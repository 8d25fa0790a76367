import manifestJson from "../apps.json" with { type: "json" };
import { type AppDefinition, parseManifest } from "./manifest-schema";
import { verticalsOf } from "./verticals-of";
import { accountPagesOf } from "./account-pages-of";

export { parseManifest, type AccountPage, type AppDefinition, type Manifest, type PortalSection, type VerticalDefinition } from "./manifest-schema";
export { verticalsOf } from "./verticals-of";
export { accountPagesOf, type AppAccountPage } from "./account-pages-of";
export { formatManifest } from "./format-manifest";
export { internalUrlOf, type InternalUrl } from "./internal-url-of";

export const fleet = parseManifest(manifestJson);

export const appNames = fleet.apps.map((app) => app.name);

export const verticals = verticalsOf(fleet);

/** "My activity", "My orders", "My tickets": the signed-in person's own page in each app that has one. */
export const accountPages = accountPagesOf(fleet);

export function getApp(name: string): AppDefinition {
  const app = fleet.apps.find((candidate) => candidate.name === name);
  if (!app) throw new Error(`Unknown app "${name}". Known apps: ${appNames.join(", ")}`);
  return app;
}

/** The database role an app connects as: one role per app, named after its database. */
export function databaseRoleFor(app: AppDefinition): string {
  return `${app.database}_app`;
}

export interface PublicAddressing {
  /** `stepperslife.com` in production, `stepperslife.test` in browser tests, `localhost` in dev. */
  rootDomain: string;
  protocol: "http" | "https";
  /** Whether URLs carry each app's own port (dev, tests) or not (production behind a proxy). */
  includePort: boolean;
}

/**
 * Where a person reaches an app. On `localhost` every app shares the host and differs by port
 * (cookies ignore ports, so one sign-in still covers all seven); elsewhere each vertical has its subdomain.
 */
export function appUrl(app: AppDefinition, addressing: PublicAddressing): string {
  const host =
    app.subdomain && addressing.rootDomain !== "localhost"
      ? `${app.subdomain}.${addressing.rootDomain}`
      : addressing.rootDomain;
  const port = addressing.includePort ? `:${app.port}` : "";
  return `${addressing.protocol}://${host}${port}`;
}
