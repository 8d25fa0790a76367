import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort, startS3Server, type S3ServerHandle } from "@stepperslife/infra";
import sharp from "sharp";
import { createStorage, type Storage } from "../create-storage";
import type { ImageContentType } from "../image-rules";
import { createImageUpload, type ImageUpload } from "../server/create-image-upload";

export interface TestStorage {
  storage: Storage;
  server: S3ServerHandle;
  keys: { S3_ACCESS_KEY: string; S3_SECRET_KEY: string };
  /** A solid-colour picture of the given format and size. */
  picture(format: "jpeg" | "png" | "webp", width?: number, height?: number): Promise<Buffer>;
  /** What the browser does with createImageUpload's answer. */
  put(upload: ImageUpload, body: Uint8Array | string, headers?: Record<string, string>): Promise<Response>;
  /** Presign under `prefix`, then PUT `body` (expecting 200): an upload waiting to be confirmed. */
  upload(prefix: string, contentType: ImageContentType, body: Uint8Array | string): Promise<ImageUpload>;
  exists(key: string): Promise<boolean>;
  read(key: string): Promise<Buffer>;
  stop(): Promise<void>;
}

/** For this package's integration tests: a real s3rver on loopback (as the fleet runs it, CORS on) and a client. */
export async function startTestStorage({ bucket, origin }: { bucket: string; origin: string }): Promise<TestStorage> {
  const directory = await mkdtemp(join(tmpdir(), "storage-images-"));
  const keys = { S3_ACCESS_KEY: `SL${randomBytes(6).toString("hex")}`, S3_SECRET_KEY: randomBytes(24).toString("base64url") };
  const server = await startS3Server({
    port: await findFreePort(),
    directory,
    bucket,
    accessKey: keys.S3_ACCESS_KEY,
    secretKey: keys.S3_SECRET_KEY,
    corsAllowedOrigins: ["*"],
  });
  const storage = createStorage({ S3_ENDPOINT: server.endpoint, S3_REGION: "us-east-1", S3_BUCKET: bucket, ...keys });

  const put: TestStorage["put"] = (upload, body, headers = {}) =>
    fetch(upload.uploadUrl, { method: upload.method, headers: { ...upload.headers, origin, ...headers }, body });
  const read = async (key: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.client.getObject(bucket, key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  return {
    storage,
    server,
    keys,
    picture: (format, width = 800, height = 600) =>
      sharp({ create: { width, height, channels: 3, background: { r: 194, g: 65, b: 12 } } })
        .toFormat(format)
        .toBuffer(),
    put,
    async upload(prefix, contentType, body) {
      const upload = await createImageUpload(storage, { prefix, contentType });
      const response = await put(upload, body);
      if (response.status !== 200) throw new Error(`upload of ${upload.key} answered ${response.status}: ${await response.text()}`);
      return upload;
    },
    exists: (key) =>
      storage.client.statObject(bucket, key).then(
        () => true,
        (error: { code?: string }) => (error.code === "NotFound" ? false : Promise.reject(error)),
      ),
    read,
    async stop() {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
