import { readJobStats, type JobStats } from "@stepperslife/jobs";
import { readAppEnvFile } from "../app-env/read-app-env-file";

export type AppJobStats = JobStats | { installed: "unknown"; reason: string };

/**
 * One app's queue, read as the app's own role from the env `npm start` generated: no admin credentials needed, and
 * what is read is exactly what the app's worker sees. A missing env or an unreachable database is a reason, not a throw,
 * so one app's trouble never hides the others' rows.
 */
export async function readAppJobStats({ envDir, app }: { envDir: string; app: string }): Promise<AppJobStats> {
  const { DATABASE_URL } = await readAppEnvFile({ envDir, app });
  if (!DATABASE_URL) return { installed: "unknown", reason: "no env" };
  try {
    return await readJobStats(DATABASE_URL);
  } catch (error) {
    return { installed: "unknown", reason: error instanceof Error ? error.message : String(error) };
  }
}
