import "server-only";
import { createStorage, type Storage } from "@stepperslife/storage";
import { env } from "../env";

let created: Storage | undefined;

/** This app's bucket and its S3 client, created on first use (never during `next build`). */
export function storage(): Storage {
  created ??= createStorage(env());
  return created;
}
