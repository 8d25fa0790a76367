import { join, relative } from "node:path";
import { databaseEnv } from "@stepperslife/env";
import { jobWorkerConnections } from "@stepperslife/jobs";
import { verticals } from "@stepperslife/manifest";
import { inheritedEnv } from "../fleet-env";
import { repoRoot, type FleetPaths } from "../fleet-paths";
import { readEcosystemApps, type EcosystemApp } from "../pm2/read-ecosystem-apps";
import type { AppConnections } from "./assess-connection-budget";

export interface AppDatabaseUse extends AppConnections {
  databaseUrl: string;
}

/**
 * What each app of ecosystem.config.js will hold open: its workers and its DATABASE_POOL_SIZE, read from its env
 * file (pm2 also hands the apps npm start's own environment, so a value there counts when the file has none), parsed
 * by the same schema the apps use so the default and the limits cannot differ. Every vertical's worker also runs a job
 * worker with a pool of its own (the kernel starts one per process), counted by the same rule the job worker sizes it.
 */
export function readAppConnections({
  paths,
  apps = readEcosystemApps(),
  shell = inheritedEnv(),
}: {
  paths: Pick<FleetPaths, "envDir">;
  apps?: EcosystemApp[];
  shell?: NodeJS.ProcessEnv;
}): AppDatabaseUse[] {
  return apps.map((app) => {
    const file = join(paths.envDir, `${app.name}.env`);
    const shown = file.startsWith(repoRoot) ? relative(repoRoot, file) : file;
    const inFile = app.env.DATABASE_POOL_SIZE || undefined;
    const raw = inFile ?? (shell.DATABASE_POOL_SIZE || undefined);
    const poolSizeFrom = inFile === undefined && raw !== undefined ? "npm start's environment" : shown;
    const parsed = databaseEnv.DATABASE_POOL_SIZE.safeParse(raw);
    if (!parsed.success) throw new Error(`DATABASE_POOL_SIZE in ${poolSizeFrom} (${app.name}): ${parsed.error.issues[0]?.message}`);
    const databaseUrl = app.env.DATABASE_URL;
    if (!databaseUrl) throw new Error(`${shown} has no DATABASE_URL for ${app.name}`);
    const jobConnections = verticals.some((vertical) => vertical.name === app.name) ? jobWorkerConnections() : 0;
    return { name: app.name, workers: app.instances, poolSize: parsed.data, jobConnections, poolSizeFrom, databaseUrl };
  });
}
