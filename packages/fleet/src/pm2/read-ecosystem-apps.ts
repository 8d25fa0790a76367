import { createRequire } from "node:module";
import { ecosystemFile } from "../fleet-paths";

/** One app as pm2 will start it from ecosystem.config.js. */
export interface EcosystemApp {
  name: string;
  /** Cluster workers: FLEET_INSTANCES / <APP>_INSTANCES as the ecosystem file reads them. */
  instances: number;
  /** The env pm2 hands the app: its env file plus the ecosystem's own variables. */
  env: Record<string, string>;
}

const require = createRequire(import.meta.url);

/**
 * The apps of ecosystem.config.js, evaluated now (the env files may have just been written). Read from the file
 * itself rather than re-implemented, so what the fleet checks is what pm2 starts.
 */
export function readEcosystemApps({ file = ecosystemFile }: { file?: string } = {}): EcosystemApp[] {
  const resolved = require.resolve(file);
  delete require.cache[resolved];
  const config = require(resolved) as { apps: { name: string; instances?: number; exec_mode?: string; env?: Record<string, string> }[] };
  return config.apps
    .filter((app) => app.exec_mode === "cluster")
    .map((app) => ({ name: app.name, instances: app.instances ?? 1, env: app.env ?? {} }));
}
