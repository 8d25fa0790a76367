import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fleet } from "@stepperslife/manifest";
import type { FleetEnv } from "../fleet-env";
import { benchPortalAggregation } from "../bench/bench-portal-aggregation";
import { benchListApi } from "../bench/bench-list-api";
import { baselineName, startBaselineApp } from "../bench/start-baseline-app";
import { ecosystemFile, fleetPaths, repoRoot } from "../fleet-paths";
import { listPm2Processes } from "../pm2/list-pm2-processes";
import { runPm2 } from "../pm2/run-pm2";
import { fetchHealth } from "../setup/fetch-health";
import { waitForHealthyApps } from "../setup/wait-for-healthy-apps";

const mb = (bytes: number) => bytes / 1024 / 1024;

/** A few requests so memory reflects an app that has served pages, not one that only booted. */
async function warmUp(port: number) {
  for (let round = 0; round < 5; round += 1) {
    await fetch(`http://127.0.0.1:${port}/`).then((r) => r.arrayBuffer()).catch(() => undefined);
    await fetchHealth(port);
  }
  await sleep(1500); // pm2 samples memory every second or so
}

async function residentMemory(name: string) {
  const own = (await listPm2Processes()).filter((p) => p.name === name);
  return own.reduce((sum, p) => sum + (p.monit?.memory ?? 0), 0);
}

async function measureBaseline(timeoutMs: number) {
  const baseline = await startBaselineApp(timeoutMs);
  try {
    await warmUp(baseline.port);
    return { startSeconds: baseline.startSeconds, rss: await residentMemory(baselineName) };
  } finally {
    await baseline.stop();
  }
}

/** The revocation check every app runs per signed-in request, beside decoding the token alone (auth-config's bench). */
function measureSessionCheck(log: (line: string) => void) {
  const script = join(repoRoot, "packages/auth-config/bench/measure-session-check.ts");
  // auth-config/server is server-only code: load it under the react-server condition, as Next.js does.
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the session-check bench failed:\n${result.stdout}${result.stderr}`);
  for (const line of result.stdout.trimEnd().split("\n")) log(line);
}

/** `npm run bench`: memory per app and the fleet's start-to-healthy time, each beside a bare Next.js app measured now. */
export async function runBench({ env, log }: { env: FleetEnv; log: (line: string) => void }) {
  const timeoutMs = env.FLEET_HEALTH_TIMEOUT_SECONDS * 1000;
  const reports = await Promise.all(fleet.apps.map((app) => fetchHealth(app.port)));
  if (!reports.every((report) => report.reachable && report.status === "ok")) {
    throw new Error("The fleet is not running and healthy: run `npm start` first (bench measures the running fleet).");
  }
  log("Measuring a bare Next.js app (tooling/bench-baseline) as the baseline…");
  const baseline = await measureBaseline(timeoutMs);

  log("Restarting every app under pm2 and timing until every /api/health is ok…");
  const names = fleet.apps.map((app) => app.name);
  await runPm2(["delete", ...names]);
  const started = performance.now();
  await runPm2(["start", ecosystemFile, "--only", names.join(",")]);
  await waitForHealthyApps({ apps: fleet.apps, timeoutMs });
  const fleetStartSeconds = (performance.now() - started) / 1000;
  await Promise.all(fleet.apps.map((app) => warmUp(app.port)));

  log(`\n${"app".padEnd(12)} ${"RSS".padStart(9)}  ratio to baseline`);
  let total = 0;
  for (const app of fleet.apps) {
    const rss = await residentMemory(app.name);
    total += rss;
    log(`${app.name.padEnd(12)} ${`${mb(rss).toFixed(0)} MB`.padStart(9)}  ${(rss / baseline.rss).toFixed(2)}`);
  }
  log(`${"baseline".padEnd(12)} ${`${mb(baseline.rss).toFixed(0)} MB`.padStart(9)}  1.00`);
  log(`${"total".padEnd(12)} ${`${mb(total).toFixed(0)} MB`.padStart(9)}  ${(total / baseline.rss).toFixed(2)} (${fleet.apps.length} apps)`);
  log(`\npm2 start → all healthy: ${fleetStartSeconds.toFixed(1)} s`);
  log(`pm2 start → baseline healthy:  ${baseline.startSeconds.toFixed(1)} s`);
  log(`ratio: ${(fleetStartSeconds / baseline.startSeconds).toFixed(2)}`);

  log("\nSession check on the hot path (in-process, same run):");
  measureSessionCheck(log);

  await benchListApi({ app: "restaurants", path: "/api/restaurants", title: "Restaurants API", timeoutMs, log });
  await benchListApi({ app: "store", path: "/api/products", title: "Store product list API", timeoutMs, log });
  await benchPortalAggregation({ envDir: fleetPaths(env).envDir, log });
}
