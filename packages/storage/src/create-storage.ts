import * as Minio from "minio";
import type { StorageConfig } from "./storage-env";
import { toClientOptions } from "./to-client-options";

export interface Storage {
  client: Minio.Client;
  bucket: string;
}

/** The app's object store: a client for its S3 server and the one bucket the app owns. */
export function createStorage(config: StorageConfig): Storage {
  return { client: new Minio.Client(toClientOptions(config)), bucket: config.S3_BUCKET };
}
