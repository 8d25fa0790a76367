import * as Minio from "minio";
import type { StorageConfig } from "./storage-env";
import { toClientOptions } from "./to-client-options";

export interface Storage {
  client: Minio.Client;
  bucket: string;
  /**
   * Signs URLs handed to browsers: a client for S3_PUBLIC_URL when set, else `client` itself. It only signs (the
   * region is configured, so no lookup request is made); the server checks the signature against the Host header.
   */
  presignClient: Minio.Client;
}

/** The app's object store: a client for its S3 server and the one bucket the app owns. */
export function createStorage(config: StorageConfig): Storage {
  const client = new Minio.Client(toClientOptions(config));
  const presignClient = config.S3_PUBLIC_URL ? new Minio.Client(toClientOptions(config, config.S3_PUBLIC_URL)) : client;
  return { client, bucket: config.S3_BUCKET, presignClient };
}
