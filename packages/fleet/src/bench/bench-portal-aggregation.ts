import { spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findFreePort } from "@stepperslife/infra";
import { getApp, verticals } from "@stepperslife/manifest";
import { readAppEnvFile } from "../app-env/read-app-env-file";
import { inheritedEnv } from "../fleet-env";
import { repoRoot } from "../fleet-paths";
import { fetchHealth } from "../setup/fetch-health";
import { measureFanOutDirect } from "./measure-fan-out-direct";
import { measurePortalFeed } from "./measure-portal-feed";
import { startHangingServer } from "./start-hanging-server";

/*
 * What the portal's live aggregation costs, measured on the running fleet in one run:
 *
 * 1. Home-page data: p95 of the portal's GET /api/portal/feed (the home page's data as JSON: all six verticals'
 *    /api/feed fanned out, validated, cached) beside p95 of the same fan-out done by the bench itself (six GET
 *    /api/feed at once, time to the last answer: the slowest upstream), in alternating rounds at the same
 *    concurrency (1 caller, then 4). The difference is the portal's own overhead; target: within 15 ms. The slowest
 *    upstream as the portal timed it inside the same answers is printed too. With 4 callers on a 2-core machine
 *    the portal's process competes with the six it calls, so that figure includes CPU queueing, not only our code.
 * 2. One upstream hung: a second portal process (`next start` of apps/main's existing build on a free port, with
 *    main's env file and EVENTS_INTERNAL_URL pointed at a local TCP server that accepts and never answers), so the
 *    running fleet is untouched and the hang is real network behaviour, not a flag in our code. p95 of its
 *    /api/portal/feed; target: at most UPSTREAM_TIMEOUT_MS + 50 ms.
 */
const concurrencyLevels = [1, 4];
const hungCallers = 4;
const roundMs = 3_000;
const rounds = 3;
const hungApp = "events";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function benchPortalAggregation({ envDir, log }: { envDir: string; log: (line: string) => void }) {
  const portal = getApp("main");
  const portalFeed = `http://127.0.0.1:${portal.port}/api/portal/feed`;
  const upstreamFeeds = verticals.map((vertical) => `http://127.0.0.1:${vertical.port}/api/feed`);

  // Two loads: one caller shows the portal's own cost; four show it with this machine's cores shared by eight processes.
  for (const callers of concurrencyLevels) await compareToDirectFanOut({ portalFeed, upstreamFeeds, callers, log });

  const mainEnv = await readAppEnvFile({ envDir, app: portal.name });
  const timeoutMs = Number(mainEnv.UPSTREAM_TIMEOUT_MS ?? 800);
  const hanging = await startHangingServer();
  const port = await findFreePort();
  const child = spawn(process.execPath, [join(repoRoot, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
    cwd: join(repoRoot, "apps", portal.name),
    env: { ...inheritedEnv(), ...mainEnv, [`${hungApp.toUpperCase()}_INTERNAL_URL`]: `http://127.0.0.1:${hanging.port}` },
    stdio: "ignore",
  });
  try {
    await waitUntilHealthy(port);
    const url = `http://127.0.0.1:${port}/api/portal/feed`;
    await measurePortalFeed({ url, concurrency: hungCallers, durationMs: 2_000 });
    const hung = await measurePortalFeed({ url, concurrency: hungCallers, durationMs: roundMs * 2 });
    log(`\nWith ${hungApp} hung (a second portal on :${port}; ${hungApp} → a server that never answers; timeout ${timeoutMs} ms):`);
    log(`home-page data p95: ${ms(hung.p95Ms)} (target ≤ ${timeoutMs + 50} ms), ${hung.requests} answers, ${hung.failures} failures`);
  } finally {
    child.kill("SIGTERM");
    await hanging.close();
  }
}

async function compareToDirectFanOut(options: { portalFeed: string; upstreamFeeds: string[]; callers: number; log: (line: string) => void }) {
  const { portalFeed, upstreamFeeds, callers, log } = options;
  await measurePortalFeed({ url: portalFeed, concurrency: callers, durationMs: 1_000 });
  await measureFanOutDirect({ urls: upstreamFeeds, concurrency: callers, durationMs: 1_000 });
  const portalRounds = [];
  const directRounds = [];
  for (let round = 0; round < rounds; round += 1) {
    portalRounds.push(await measurePortalFeed({ url: portalFeed, concurrency: callers, durationMs: roundMs }));
    directRounds.push(await measureFanOutDirect({ urls: upstreamFeeds, concurrency: callers, durationMs: roundMs }));
  }
  const portalP95 = median(portalRounds.map((r) => r.p95Ms));
  const directP95 = median(directRounds.map((r) => r.p95Ms));
  const degraded = portalRounds.reduce((sum, r) => sum + r.degradedAnswers, 0);
  log(`\nPortal aggregation, ${callers} concurrent caller${callers === 1 ? "" : "s"} (${rounds} alternating rounds of ${roundMs / 1000} s):`);
  log(`home-page data p95 (GET /api/portal/feed):            ${ms(portalP95)}`);
  log(`slowest upstream p95 (six /api/feed at once, direct): ${ms(directP95)}`);
  log(`slowest upstream p95 as the portal timed it:          ${ms(median(portalRounds.map((r) => r.slowestUpstreamP95Ms)))}`);
  log(`portal overhead at p95: ${ms(portalP95 - directP95)} (target ≤ 15 ms)${degraded ? `; ${degraded} answers had a section not ok` : ""}`);
}

async function waitUntilHealthy(port: number) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const report = await fetchHealth(port);
    if (report.reachable && report.status === "ok") return;
    await sleep(500);
  }
  throw new Error(`the second portal on :${port} did not become healthy within a minute`);
}
