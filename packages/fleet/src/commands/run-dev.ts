import { join } from "node:path";
import { getApp } from "@stepperslife/manifest";
import { readAppEnvFile } from "../app-env/read-app-env-file";
import { inheritedEnv, type FleetEnv } from "../fleet-env";
import { fleetPaths, repoRoot } from "../fleet-paths";
import { listPm2Processes } from "../pm2/list-pm2-processes";
import { runPm2 } from "../pm2/run-pm2";
import { runCommand } from "../setup/run-command";

/**
 * `npm run dev -- <app>`: one app in `next dev` mode (behind the same app server as under pm2) on its own port, with the env `npm start` generated, while the rest of
 * the fleet keeps running under pm2 (that app's pm2 process is stopped first and started again by `npm start`).
 */
export async function runDev({ env, args, log }: { env: FleetEnv; args: string[]; log: (line: string) => void }) {
  const app = getApp(args[0] ?? "");
  const paths = fleetPaths(env);
  const appEnv = await readAppEnvFile({ envDir: paths.envDir, app: app.name });
  if (!appEnv.DATABASE_URL) throw new Error(`No env for ${app.name} in ${paths.envDir}: run \`npm start\` first.`);
  if ((await listPm2Processes()).some((p) => p.name === app.name && p.pm2_env.status === "online")) {
    log(`Stopping the pm2 process of ${app.name} while it runs in dev mode (npm start brings it back)`);
    await runPm2(["stop", app.name]);
  }
  await runCommand(process.execPath, [join(repoRoot, "packages/app-server/bin/serve-app.cjs"), "--dev", "--port", String(app.port)], {
    cwd: paths.appDir(app.name),
    env: { ...inheritedEnv(), ...appEnv, NODE_ENV: "development" },
  });
}
