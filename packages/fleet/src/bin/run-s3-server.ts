// pm2 entry point: one vertical's S3-compatible server, accepting only that vertical's key pair.
import { startS3Server } from "@stepperslife/infra";
import { getApp } from "@stepperslife/manifest";
import { readFleetEnv } from "../fleet-env";
import { fleetPaths } from "../fleet-paths";
import { loadFleetSecrets } from "../secrets/load-fleet-secrets";
import { failStart, keepRunning } from "./keep-running";

const app = getApp(process.argv[2] ?? "");
const name = `s3-${app.name}`;
const paths = fleetPaths(readFleetEnv());
try {
  const own = (await loadFleetSecrets({ secretsFile: paths.secretsFile })).apps[app.name];
  if (!app.storage || !own?.storageAccessKey || !own.storageSecretKey) throw new Error(`${app.name} has no object store`);
  const server = await startS3Server({
    port: app.storage.port,
    directory: paths.storageDir(app.name),
    bucket: app.storage.bucket,
    accessKey: own.storageAccessKey,
    secretKey: own.storageSecretKey,
    // Browsers upload straight to presigned PUT URLs from the app's page (another origin); the URL's signature,
    // not CORS, is what guards writes, so any origin may ask. Every other unsigned request is refused.
    corsAllowedOrigins: ["*"],
    log: (line) => console.log(line),
  });
  console.log(`${name}: bucket "${app.storage.bucket}" at ${server.endpoint}`);
  keepRunning(name, server.stop);
} catch (error) {
  failStart(name, error);
}
