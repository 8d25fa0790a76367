import { existsSync } from "node:fs";
import { join } from "node:path";
import { deployMigrations } from "@stepperslife/db-migrate";
import { installJobQueue } from "@stepperslife/jobs";
import { fleet } from "@stepperslife/manifest";
import { readAppEnvFile } from "../app-env/read-app-env-file";
import { inheritedEnv } from "../fleet-env";
import type { FleetPaths } from "../fleet-paths";
import { runCommand } from "./run-command";

/**
 * Applies every app's pending migrations and installs or upgrades its job queue (graphile-worker's schema, as the
 * app's own role), then loads its demo data when the app has a seed script: the queue exists before the app serves a
 * request, so the first order can enqueue its email even if no worker has started yet.
 */
export async function prepareDatabases({ paths, log }: { paths: FleetPaths; log: (line: string) => void }) {
  for (const app of fleet.apps) {
    const appEnv = await readAppEnvFile({ envDir: paths.envDir, app: app.name });
    if (!appEnv.DATABASE_URL) {
      throw new Error(`${join(paths.envDir, `${app.name}.env`)} has no DATABASE_URL for ${app.name}`);
    }
    const migrationsDir = join(paths.appDir(app.name), "prisma", "migrations");
    const { applied } = existsSync(migrationsDir)
      ? await deployMigrations({ databaseUrl: appEnv.DATABASE_URL, migrationsDir })
      : { applied: [] };
    // Quiet unless something is wrong: graphile-worker reports each migration at info level.
    await installJobQueue(appEnv.DATABASE_URL, (level, message) => {
      if (level === "error" || level === "warning") log(`  ${app.name}: ${message}`);
    });
    log(`  ${app.name.padEnd(12)} ${applied.length ? `applied ${applied.join(", ")}` : "database up to date"}, job queue ready`);
    await runCommand("npm", ["run", "db:seed", "--if-present", "--silent"], {
      cwd: paths.appDir(app.name),
      env: { ...inheritedEnv(), ...appEnv },
    });
  }
}
