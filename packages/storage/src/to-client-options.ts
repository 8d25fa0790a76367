import type { ClientOptions } from "minio";
import type { StorageConfig } from "./storage-env";

/** Turns the S3_ENDPOINT URL into minio's host/port/TLS triple; minio takes no URL itself. */
export function toClientOptions(config: StorageConfig): ClientOptions {
  const endpoint = new URL(config.S3_ENDPOINT);
  const useSSL = endpoint.protocol === "https:";
  return {
    endPoint: endpoint.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: endpoint.port ? Number(endpoint.port) : useSSL ? 443 : 80,
    useSSL,
    region: config.S3_REGION,
    accessKey: config.S3_ACCESS_KEY,
    secretKey: config.S3_SECRET_KEY,
    // One bucket per app on a self-hosted server: path-style avoids needing DNS for bucket subdomains.
    pathStyle: true,
  };
}
