#!/usr/bin/env node
// Entry point of the README's commands (npm start/stop/status/test/bench/lint). Runs with nothing installed:
// it installs what is missing, then hands over to the fleet CLI (TypeScript, run through tsx).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [command = "start", ...rest] = process.argv.slice(2);

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** npm ci when node_modules is missing or was installed from another lockfile. */
function ensureDependencies() {
  const lockHash = createHash("sha256").update(readFileSync(join(root, "package-lock.json"))).digest("hex");
  const marker = join(root, "node_modules", ".installed-lock-sha256");
  if (existsSync(marker) && readFileSync(marker, "utf8") === lockHash) return;
  console.log("Installing dependencies (npm ci)…");
  const status = run("npm", ["ci", "--no-audit", "--no-fund"]);
  if (status !== 0) process.exit(status);
  writeFileSync(marker, lockHash);
}

ensureDependencies();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const status = run(process.execPath, ["--import", "tsx", join(root, "packages/fleet/src/cli.ts"), command, ...rest], { env });
process.exit(status);
