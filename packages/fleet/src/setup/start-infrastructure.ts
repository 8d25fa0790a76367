import { databaseRoleFor, fleet, verticals } from "@stepperslife/manifest";
import { postgresUrl } from "../app-env/build-app-env";
import type { FleetEnv } from "../fleet-env";
import { ecosystemFile } from "../fleet-paths";
import { listPm2Processes } from "../pm2/list-pm2-processes";
import { runPm2 } from "../pm2/run-pm2";
import { provisionDatabases } from "../provision/provision-databases";
import type { FleetSecrets } from "../secrets/load-fleet-secrets";
import type { StripeStubSettings } from "./stripe-stub-settings";
import { waitForPort } from "./wait-for-port";
import { waitForPostgres } from "./wait-for-postgres";

const baseInfrastructure = ["postgres", ...verticals.map((app) => `s3-${app.name}`), "mail"];

/** The local Stripe stand-in's pm2 process (see tooling/stripe-stub). */
export const stripeStubProcess = "stripe";

/** The embedded infrastructure's pm2 processes; the stub is among them even when FLEET_STRIPE=off, so stop and status see it. */
export const infrastructureNames = [...baseInfrastructure, stripeStubProcess];

/**
 * Starts the embedded PostgreSQL, S3 servers, mail sink and (unless FLEET_STRIPE=off) the Stripe stand-in under
 * pm2, then creates (idempotently) each app's database and role; answers the superuser's URL. Each S3 server installs its app's key pair
 * itself when it starts; the stub reads the accounts file start-fleet wrote.
 */
export async function startInfrastructure({
  env,
  secrets,
  log,
  stripe,
}: {
  env: FleetEnv;
  secrets: FleetSecrets;
  log: (line: string) => void;
  stripe: StripeStubSettings;
}): Promise<{ adminUrl: string }> {
  log(`Starting infrastructure: embedded PostgreSQL, ${verticals.length} S3 servers, mail sink${stripe.enabled ? ", local Stripe stand-in" : ""}`);
  const names = stripe.enabled ? [...baseInfrastructure, stripeStubProcess] : baseInfrastructure;
  // Start only what is not running: `pm2 start` restarts a running process, and a restarted PostgreSQL spends a
  // while in recovery. The Stripe stand-in is the exception: restarted so it rereads its accounts file.
  const running = new Set((await listPm2Processes()).filter((process) => process.pm2_env.status === "online").map((process) => process.name));
  const stopped = names.filter((name) => !running.has(name));
  if (stopped.length > 0) await runPm2(["start", ecosystemFile, "--only", stopped.join(",")]);
  if (stripe.enabled && running.has(stripeStubProcess)) await runPm2(["restart", stripeStubProcess]);
  // Switched off: stop a stub left running.
  if (!stripe.enabled && running.has(stripeStubProcess)) await runPm2(["delete", stripeStubProcess]);
  const timeoutMs = 120_000;
  await Promise.all([
    waitForPort({ port: env.FLEET_POSTGRES_PORT, name: "postgres", timeoutMs }),
    ...verticals.map((app) => waitForPort({ port: app.storage.port, name: `s3-${app.name}`, timeoutMs })),
    waitForPort({ port: env.FLEET_SMTP_PORT, name: "mail", timeoutMs }),
    ...(stripe.enabled ? [waitForPort({ port: stripe.port, name: stripeStubProcess, timeoutMs })] : []),
  ]);
  const adminUrl = postgresUrl({ user: "postgres", password: secrets.postgresAdminPassword, port: env.FLEET_POSTGRES_PORT, database: "postgres" });
  await waitForPostgres({ url: adminUrl, timeoutMs });
  log("Provisioning databases and roles");
  await provisionDatabases({
    adminUrl,
    apps: fleet.apps.map((app) => {
      const own = secrets.apps[app.name];
      if (!own) throw new Error(`No generated secrets for app "${app.name}"`);
      return { database: app.database, role: databaseRoleFor(app), password: own.databasePassword };
    }),
  });
  return { adminUrl };
}
