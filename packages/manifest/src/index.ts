import { z } from "zod";
import manifestJson from "../apps.json" with { type: "json" };

const storageSchema = z.object({
  bucket: z.string().regex(/^[a-z0-9-]{3,63}$/),
  port: z.number().int().min(1024).max(65535),
});

const appSchema = z.object({
  name: z.string().regex(/^[a-z]+$/),
  title: z.string().min(1),
  description: z.string().min(1),
  port: z.number().int().min(1024).max(65535),
  subdomain: z.string().regex(/^[a-z]+$/).nullable(),
  database: z.string().regex(/^stepperslife_[a-z]+$/),
  storage: storageSchema.nullable(),
});

const manifestSchema = z.object({
  rootDomain: z.string().min(1),
  apps: z.array(appSchema).min(1),
});

export type AppDefinition = z.infer<typeof appSchema>;
export type VerticalDefinition = AppDefinition & { subdomain: string; storage: z.infer<typeof storageSchema> };

export const fleet = manifestSchema.parse(manifestJson);

export const appNames = fleet.apps.map((app) => app.name);

export const verticals = fleet.apps.filter(
  (app): app is VerticalDefinition => app.subdomain !== null && app.storage !== null,
);

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
