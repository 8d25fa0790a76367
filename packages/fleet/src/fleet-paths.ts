import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FleetEnv } from "./fleet-env";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const ecosystemFile = join(repoRoot, "ecosystem.config.js");

export interface FleetPaths {
  dataDir: string;
  envDir: string;
  secretsFile: string;
  postgresDir: string;
  mailDir: string;
  storageDir(app: string): string;
  appDir(app: string): string;
}

/** Where the fleet keeps its state; everything under the data dir is git-ignored. */
export function fleetPaths(env: Pick<FleetEnv, "FLEET_DATA_DIR" | "FLEET_ENV_DIR">): FleetPaths {
  const dataDir = resolve(repoRoot, env.FLEET_DATA_DIR);
  return {
    dataDir,
    envDir: resolve(repoRoot, env.FLEET_ENV_DIR ?? join(dataDir, "env")),
    secretsFile: join(dataDir, "secrets.json"),
    postgresDir: join(dataDir, "postgres"),
    mailDir: join(dataDir, "mail"),
    storageDir: (app) => join(dataDir, "s3", app),
    appDir: (app) => join(repoRoot, "apps", app),
  };
}
