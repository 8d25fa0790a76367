import { runMigrations } from "graphile-worker";
import { defaultJobLogger, toGraphileLogger, type JobLogger } from "./to-graphile-logger";

/**
 * Installs or upgrades graphile-worker's schema (`graphile_worker`) in an app's own database, as that app's role
 * (which owns its database, so it may create the schema). The fleet calls it after an app's migrations so requests can
 * enqueue before any worker has started; a worker's start does the same. Safe to run concurrently: graphile-worker
 * records each migration in its own table inside the migration's transaction and treats a clash as "already done".
 */
export async function installJobQueue(connectionString: string, logger: JobLogger = defaultJobLogger): Promise<void> {
  await runMigrations({ connectionString, maxPoolSize: 2, logger: toGraphileLogger(logger) });
}
