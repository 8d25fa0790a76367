import type { ClientOptions } from "minio";
import type { StorageConfig } from "./storage-env";

/**
 * Turns the S3_ENDPOINT URL (or another URL of the same server, such as S3_PUBLIC_URL) into minio's host/port/TLS
 * triple; minio takes no URL itself.
 */
export function toClientOptions(config: StorageConfig, url: string = config.S3_ENDPOINT): ClientOptions {
  const endpoint = new URL(url);
  const useSSL = endpoint.protocol === "https:";
  return {
    endPoint: endpoint.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: endpoint.port ? Number(endpoint.port) : useSSL ? 443 : 80,
    useSSL,
    // Set, so minio never asks the server for the bucket's region (presigning stays offline).
    region: config.S3_REGION,
    accessKey: config.S3_ACCESS_KEY,
    secretKey: config.S3_SECRET_KEY,
    // One bucket per app on a self-hosted server: path-style avoids needing DNS for bucket subdomains.
    pathStyle: true,
  };
}
