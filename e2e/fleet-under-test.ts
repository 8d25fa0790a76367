import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";
import { type AppDefinition, appUrl } from "@stepperslife/manifest";

export const repoRoot = fileURLToPath(new URL("../", import.meta.url));
export const rootDomain = "stepperslife.test";
const dataDir = join(repoRoot, ".data", "e2e");

/**
 * The browser tests run their own fleet: a fresh data folder and its own pm2 daemon, on the real subdomains
 * of stepperslife.test (Chromium maps them to 127.0.0.1), so a Domain= cookie behaves as in production.
 */
export const fleetEnv: NodeJS.ProcessEnv = {
  ...process.env,
  FLEET_DATA_DIR: dataDir,
  PM2_HOME: "/tmp/stepperslife-e2e-pm2",
  ROOT_DOMAIN: rootDomain,
  PUBLIC_PROTOCOL: "http",
  PUBLIC_PORTS: "true",
};

export const dataFolder = dataDir;

export function publicUrl(app: AppDefinition): string {
  return appUrl(app, { rootDomain, protocol: "http", includePort: true });
}

/** Node resolves no *.stepperslife.test names, so requests from the test process go to loopback directly. */
export function loopbackUrl(app: AppDefinition, path = "/"): string {
  return `http://127.0.0.1:${app.port}${path}`;
}

export function appEnvFile(app: AppDefinition): Record<string, string> {
  return parseEnv(readFileSync(join(dataDir, "env", `${app.name}.env`), "utf8")) as Record<string, string>;
}

/** Runs one of the README's commands (`npm start`, `npm stop`, `npm run status`) against the fleet under test. */
export function fleetCommand(command: "start" | "stop" | "status", extraEnv: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(repoRoot, "scripts/bootstrap.mjs"), command], {
    cwd: repoRoot,
    env: { ...fleetEnv, ...extraEnv },
    encoding: "utf8",
    timeout: 15 * 60 * 1000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
