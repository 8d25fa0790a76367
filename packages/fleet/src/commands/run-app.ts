import { join } from "node:path";
import { getApp } from "@stepperslife/manifest";
import { readAppEnvFile } from "../app-env/read-app-env-file";
import { inheritedEnv, type FleetEnv } from "../fleet-env";
import { fleetPaths, repoRoot } from "../fleet-paths";
import { listPm2Processes } from "../pm2/list-pm2-processes";
import { runPm2 } from "../pm2/run-pm2";
import { runCommand } from "../setup/run-command";

/**
 * One app outside pm2, behind the same app server and on its manifest port (what every app's `dev` and `start`
 * scripts run, so no port is written twice):
 * - `dev` (`npm run dev -- <app>`): `next dev` with hot reload and the env `npm start` generated;
 * - `production` (`npm run start` in an app folder): its existing `next build`, with that env file when there is one.
 * The rest of the fleet keeps running under pm2; that app's own pm2 process is stopped first (npm start brings it back).
 */
export async function runApp({
  env,
  args,
  mode,
  log,
}: {
  env: FleetEnv;
  args: string[];
  mode: "dev" | "production";
  log: (line: string) => void;
}) {
  const app = getApp(args[0] ?? "");
  const paths = fleetPaths(env);
  const appEnv = await readAppEnvFile({ envDir: paths.envDir, app: app.name });
  if (mode === "dev" && !appEnv.DATABASE_URL) throw new Error(`No env for ${app.name} in ${paths.envDir}: run \`npm start\` first.`);
  if ((await listPm2Processes()).some((p) => p.name === app.name && p.pm2_env.status === "online")) {
    log(`Stopping the pm2 process of ${app.name} while it runs on its own (npm start brings it back)`);
    await runPm2(["stop", app.name]);
  }
  const serveApp = join(repoRoot, "packages/app-server/bin/serve-app.cjs");
  await runCommand(process.execPath, [serveApp, ...(mode === "dev" ? ["--dev"] : []), "--port", String(app.port)], {
    cwd: paths.appDir(app.name),
    env: { ...inheritedEnv(), ...appEnv, NODE_ENV: mode === "dev" ? "development" : "production" },
  });
}
