import { listFailedJobs } from "@stepperslife/jobs";
import { fleet } from "@stepperslife/manifest";
import { readAppEnvFile } from "../app-env/read-app-env-file";
import type { FleetEnv } from "../fleet-env";
import { fleetPaths } from "../fleet-paths";
import { formatAge } from "./format-age";
import { readAppJobStats } from "./read-app-job-stats";

/**
 * `fleet jobs`: every app's queue (queued, retrying, failed, oldest), then each failed job with its last error, so an
 * operator sees which email did not go out and why. The payload is not printed (it holds customers' addresses).
 * Exit 1 when any job has failed for good, so a cron or CI can alert on it.
 */
export async function printJobs({ env, log }: { env: FleetEnv; log: (line: string) => void }): Promise<boolean> {
  const { envDir } = fleetPaths(env);
  let anyFailed = false;
  for (const app of fleet.apps) {
    const stats = await readAppJobStats({ envDir, app: app.name });
    if (stats.installed === "unknown") {
      log(`${app.name}: ${stats.reason}`);
      continue;
    }
    if (!stats.installed) {
      log(`${app.name}: no job queue yet (npm start installs it)`);
      continue;
    }
    const oldest = stats.oldestQueuedAt ? `, oldest ${formatAge(stats.oldestQueuedAt)}` : "";
    log(`${app.name}: ${stats.queued} queued (${stats.retrying} retrying), ${stats.failed} failed${oldest}`);
    if (stats.failed === 0) continue;
    anyFailed = true;
    const { DATABASE_URL } = await readAppEnvFile({ envDir, app: app.name });
    for (const job of await listFailedJobs(DATABASE_URL!, { limit: 20 })) {
      const error = (job.lastError ?? "").split("\n")[0]!.slice(0, 200);
      const what = `${job.task}${job.key ? ` (${job.key})` : ""}`;
      log(`  #${job.id} ${what}, ${job.attempts} attempts, failed ${job.failedAt.toISOString()}: ${error}`);
    }
  }
  return !anyFailed;
}
