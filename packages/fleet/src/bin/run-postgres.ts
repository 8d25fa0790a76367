// pm2 entry point: the embedded PostgreSQL server that holds every app's database in dev.
import { startEmbeddedPostgres } from "@stepperslife/infra";
import { readFleetEnv } from "../fleet-env";
import { fleetPaths } from "../fleet-paths";
import { loadFleetSecrets } from "../secrets/load-fleet-secrets";
import { failStart, keepRunning } from "./keep-running";

const env = readFleetEnv();
const paths = fleetPaths(env);
try {
  const secrets = await loadFleetSecrets({ secretsFile: paths.secretsFile });
  const server = await startEmbeddedPostgres({
    dataDir: paths.postgresDir,
    port: env.FLEET_POSTGRES_PORT,
    password: secrets.postgresAdminPassword,
    log: (line) => console.log(line),
  });
  console.log(`postgres: ready on 127.0.0.1:${env.FLEET_POSTGRES_PORT}`);
  keepRunning("postgres", server.stop);
} catch (error) {
  failStart("postgres", error);
}
