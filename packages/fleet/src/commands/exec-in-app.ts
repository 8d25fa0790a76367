import { spawn } from "node:child_process";
import { getApp } from "@stepperslife/manifest";
import { readAppEnvFile } from "../app-env/read-app-env-file";
import { inheritedEnv, type FleetEnv } from "../fleet-env";
import { fleetPaths } from "../fleet-paths";

/**
 * `fleet exec <app> <command…>`: runs a command in the app's folder with the env `npm start` generated for it, so an
 * app's scripts (e.g. `npm run admin:grant -w @apps/main -- <email>`) work as documented on the embedded fleet.
 * Variables already set in the caller's environment win: pointing a script at another database stays possible.
 * Answers the command's own exit code.
 */
export async function execInApp({ env, args }: { env: FleetEnv; args: string[] }): Promise<number> {
  const [appName = "", command, ...commandArgs] = args;
  const app = getApp(appName);
  if (!command) throw new Error(`Usage: fleet exec ${app.name} <command> [arguments…]`);
  const paths = fleetPaths(env);
  const appEnv = await readAppEnvFile({ envDir: paths.envDir, app: app.name });
  const child = spawn(command, commandArgs, { cwd: paths.appDir(app.name), env: { ...appEnv, ...inheritedEnv() }, stdio: "inherit" });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
