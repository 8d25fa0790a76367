import { databaseRoleFor, fleet, verticals } from "@stepperslife/manifest";
import { postgresUrl } from "../app-env/build-app-env";
import type { FleetEnv } from "../fleet-env";
import { ecosystemFile } from "../fleet-paths";
import { runPm2 } from "../pm2/run-pm2";
import { provisionDatabases } from "../provision/provision-databases";
import type { FleetSecrets } from "../secrets/load-fleet-secrets";
import { waitForPort } from "./wait-for-port";

export const infrastructureNames = ["postgres", ...verticals.map((app) => `s3-${app.name}`), "mail"];

/**
 * Starts the embedded PostgreSQL, S3 servers and mail sink under pm2, then creates (idempotently) each
 * app's database and role. Each S3 server installs its app's key pair itself when it starts.
 */
export async function startInfrastructure({ env, secrets, log }: { env: FleetEnv; secrets: FleetSecrets; log: (line: string) => void }) {
  log("Starting infrastructure: embedded PostgreSQL, six S3 servers, mail sink");
  await runPm2(["start", ecosystemFile, "--only", infrastructureNames.join(",")]);
  const timeoutMs = 120_000;
  await Promise.all([
    waitForPort({ port: env.FLEET_POSTGRES_PORT, name: "postgres", timeoutMs }),
    ...verticals.map((app) => waitForPort({ port: app.storage.port, name: `s3-${app.name}`, timeoutMs })),
    waitForPort({ port: env.FLEET_SMTP_PORT, name: "mail", timeoutMs }),
  ]);
  log("Provisioning databases and roles");
  await provisionDatabases({
    adminUrl: postgresUrl({
      user: "postgres",
      password: secrets.postgresAdminPassword,
      port: env.FLEET_POSTGRES_PORT,
      database: "postgres",
    }),
    apps: fleet.apps.map((app) => {
      const own = secrets.apps[app.name];
      if (!own) throw new Error(`No generated secrets for app "${app.name}"`);
      return { database: app.database, role: databaseRoleFor(app), password: own.databasePassword };
    }),
  });
}
