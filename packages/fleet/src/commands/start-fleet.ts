import { appUrl, fleet } from "@stepperslife/manifest";
import { writeAppEnvFiles } from "../app-env/write-app-env-files";
import { readAppConnections } from "../connections/read-app-connections";
import { refuseOversizedFleet } from "../connections/refuse-oversized-fleet";
import type { FleetEnv } from "../fleet-env";
import { ecosystemFile, fleetPaths } from "../fleet-paths";
import { listPm2Processes } from "../pm2/list-pm2-processes";
import { runPm2 } from "../pm2/run-pm2";
import { loadFleetSecrets } from "../secrets/load-fleet-secrets";
import { isPortInUse } from "../setup/wait-for-port";
import { prepareDatabases } from "../setup/prepare-databases";
import { runCommand } from "../setup/run-command";
import { startInfrastructure } from "../setup/start-infrastructure";
import { stripeStubSettings } from "../setup/stripe-stub-settings";
import { waitForHealthyApps } from "../setup/wait-for-healthy-apps";
import { warmUpFleet } from "../setup/warm-up-fleet";
import { writeStripeStubAccounts } from "../setup/write-stripe-stub-accounts";

/** Longest wait for one warm-up request; the verticals, then the portal, so npm start waits at most twice this for it. */
const WARM_UP_TIMEOUT_MS = 20_000;

async function refuseForeignPortHolders() {
  const ours = new Set((await listPm2Processes()).filter((p) => p.pm2_env.status === "online").map((p) => p.name));
  for (const app of fleet.apps) {
    if (!ours.has(app.name) && (await isPortInUse(app.port))) {
      throw new Error(`Port ${app.port} (${app.name}) is already used by another program; stop it and run npm start again.`);
    }
  }
}

/** `npm start`: build, bring up infrastructure (embedded mode), migrate and seed, start the apps, wait for health. */
export async function startFleet({ env, log }: { env: FleetEnv; log: (line: string) => void }) {
  const startedAt = performance.now();
  const paths = fleetPaths(env);
  await refuseForeignPortHolders();
  const secrets = env.FLEET_INFRA === "embedded" ? await loadFleetSecrets({ secretsFile: paths.secretsFile }) : null;
  const stripe = stripeStubSettings({ env, dataDir: paths.dataDir });
  if (secrets) {
    await writeAppEnvFiles({ envDir: paths.envDir, env, secrets, stripe: stripe.enabled ? stripe : null });
    if (stripe.enabled) await writeStripeStubAccounts({ accountsFile: stripe.accountsFile, secrets });
  }

  if (env.FLEET_SKIP_BUILD === "0") {
    log("Building the apps (turbo; unchanged apps come from its cache)");
    await runCommand("npx", ["turbo", "run", "build", "--output-logs=errors-only"]);
  }
  const infrastructure = secrets ? await startInfrastructure({ env, secrets, log, stripe }) : null;

  // Before anything opens a connection under the new settings: workers × pool sizes must fit the server.
  log("Checking database connections: workers × DATABASE_POOL_SIZE against max_connections");
  const connections = readAppConnections({ paths });
  await refuseOversizedFleet({ apps: connections, adminUrl: infrastructure?.adminUrl, log });

  log("Applying migrations and demo data");
  await prepareDatabases({ paths, log });

  log("Starting the apps under pm2");
  await runPm2(["startOrReload", ecosystemFile, "--only", fleet.apps.map((app) => app.name).join(","), "--update-env"]);
  await waitForHealthyApps({ apps: fleet.apps, timeoutMs: env.FLEET_HEALTH_TIMEOUT_SECONDS * 1000 });

  // Healthy is not warm: a fresh (or reloaded) Next.js worker compiles and loads each page on its first request, slow
  // enough that the portal's first fan-out would call the verticals down. Every worker serves each public route once.
  log("Warming up the public pages: each vertical's home, feed and search, then the portal's home");
  const warmStartedAt = performance.now();
  const workers = new Map(connections.map((app) => [app.name, app.workers]));
  const answers = await warmUpFleet({ apps: fleet.apps, workersOf: (name) => workers.get(name) ?? 1, timeoutMs: WARM_UP_TIMEOUT_MS, log });
  const warm = answers.filter((answer) => !answer.problem).length;
  log(`  ${warm} of ${answers.length} answered in ${((performance.now() - warmStartedAt) / 1000).toFixed(1)} s`);

  const addressing = {
    rootDomain: env.ROOT_DOMAIN,
    protocol: env.PUBLIC_PROTOCOL,
    includePort: env.PUBLIC_PORTS === "true",
  };
  log(`\nSteppersLife is up (${((performance.now() - startedAt) / 1000).toFixed(1)} s):`);
  for (const app of fleet.apps) log(`  ${app.title.padEnd(13)} ${appUrl(app, addressing)}`);
  if (secrets) log(`  ${"Mail inbox".padEnd(13)} http://127.0.0.1:${env.FLEET_MAIL_WEB_PORT}`);
  if (secrets && stripe.enabled) log(`  ${"Test Stripe".padEnd(13)} ${stripe.apiUrl} (local stand-in; FLEET_STRIPE=off turns it off)`);
  log("\n`npm run status` for health, `npx pm2 list` for processes, `npm stop` to stop.");
}
