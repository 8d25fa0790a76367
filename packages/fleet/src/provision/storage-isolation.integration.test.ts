import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort, startS3Server, type S3ServerHandle } from "@stepperslife/infra";
import { verticals } from "@stepperslife/manifest";
import { Client } from "minio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface Credentials {
  accessKey: string;
  secretKey: string;
}

interface RunningStorage {
  app: string;
  bucket: string;
  endpoint: string;
  credentials: Credentials;
  server: S3ServerHandle;
  directory: string;
}

const storages: RunningStorage[] = [];

function clientFor(endpoint: string, credentials: Credentials): Client {
  const { hostname, port } = new URL(endpoint);
  return new Client({ endPoint: hostname, port: Number(port), useSSL: false, region: "us-east-1", pathStyle: true, ...credentials });
}

const own = (storage: RunningStorage) => clientFor(storage.endpoint, storage.credentials);

async function readObject(client: Client, bucket: string, key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await client.getObject(bucket, key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

async function listKeys(client: Client, bucket: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of client.listObjectsV2(bucket, "", true)) keys.push((item as { name: string }).name);
  return keys.sort();
}

/** The S3 error code a refused request came back with. */
async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
  return "accepted";
}

beforeAll(async () => {
  for (const app of verticals) {
    const directory = await mkdtemp(join(tmpdir(), `storage-isolation-${app.name}-`));
    const credentials = {
      accessKey: `SL${randomBytes(9).toString("hex").toUpperCase()}`,
      secretKey: randomBytes(30).toString("base64url"),
    };
    const server = await startS3Server({ port: await findFreePort(), directory, bucket: app.storage.bucket, ...credentials });
    storages.push({ app: app.name, bucket: app.storage.bucket, endpoint: server.endpoint, credentials, server, directory });
  }
  for (const storage of storages) await own(storage).putObject(storage.bucket, "welcome.txt", `hello from ${storage.app}`);
});

afterAll(async () => {
  for (const storage of storages) {
    await storage.server.stop();
    await rm(storage.directory, { recursive: true, force: true });
  }
});

describe("storage isolation between the six verticals", () => {
  it("lets each app put, get, list and delete in its own bucket", async () => {
    expect(storages.map((storage) => storage.app)).toHaveLength(6);
    for (const storage of storages) {
      const client = own(storage);
      await client.putObject(storage.bucket, "menus/today.json", JSON.stringify({ app: storage.app }));
      expect(await readObject(client, storage.bucket, "menus/today.json")).toBe(JSON.stringify({ app: storage.app }));
      expect(await listKeys(client, storage.bucket)).toEqual(["menus/today.json", "welcome.txt"]);
      await client.removeObject(storage.bucket, "menus/today.json");
      expect(await refusal(readObject(client, storage.bucket, "menus/today.json"))).toBe("NoSuchKey");
      expect(await listKeys(client, storage.bucket)).toEqual(["welcome.txt"]);
    }
  });

  it("refuses every app's credentials on every other app's storage (30 pairs), for reads and writes", async () => {
    const outcomes: string[] = [];
    for (const intruder of storages) {
      for (const target of storages.filter((candidate) => candidate !== intruder)) {
        const client = clientFor(target.endpoint, intruder.credentials);
        const read = await refusal(readObject(client, target.bucket, "welcome.txt"));
        const list = await refusal(listKeys(client, target.bucket));
        const write = await refusal(client.putObject(target.bucket, "intruder.txt", "mine now"));
        const remove = await refusal(client.removeObject(target.bucket, "welcome.txt"));
        outcomes.push(`${intruder.app} -> ${target.app}: read ${read}, list ${list}, write ${write}, delete ${remove}`);
      }
    }
    expect(outcomes).toHaveLength(30);
    const expected = "read InvalidAccessKeyId, list InvalidAccessKeyId, write InvalidAccessKeyId, delete InvalidAccessKeyId";
    expect(outcomes.filter((outcome) => !outcome.endsWith(expected))).toEqual([]);
    for (const storage of storages) {
      expect(await listKeys(own(storage), storage.bucket)).toEqual(["welcome.txt"]);
      expect(await readObject(own(storage), storage.bucket, "welcome.txt")).toBe(`hello from ${storage.app}`);
    }
  });

  it("refuses s3rver's default S3RVER key everywhere", async () => {
    for (const storage of storages) {
      const client = clientFor(storage.endpoint, { accessKey: "S3RVER", secretKey: "S3RVER" });
      expect(`${storage.app}: ${await refusal(readObject(client, storage.bucket, "welcome.txt"))}`).toBe(
        `${storage.app}: InvalidAccessKeyId`,
      );
      expect(await refusal(client.putObject(storage.bucket, "x.txt", "x"))).toBe("InvalidAccessKeyId");
    }
  });

  it("refuses every unsigned read and listing: no bucket is readable without its own key", async () => {
    for (const storage of storages) {
      for (const path of [`/${storage.bucket}/welcome.txt`, `/${storage.bucket}?list-type=2`, `/${storage.bucket}`, "/"]) {
        const response = await fetch(`${storage.endpoint}${path}`);
        const body = await response.text();
        expect({ app: storage.app, path, status: response.status, leaked: body.includes("welcome") }).toEqual({ app: storage.app, path, status: 403, leaked: false });
      }
      expect(await readObject(own(storage), storage.bucket, "welcome.txt")).toBe(`hello from ${storage.app}`);
    }
  });

  it("refuses a request signed with the right key id but the wrong secret", async () => {
    for (const storage of storages) {
      const forged = { accessKey: storage.credentials.accessKey, secretKey: randomBytes(30).toString("base64url") };
      const client = clientFor(storage.endpoint, forged);
      expect(await refusal(readObject(client, storage.bucket, "welcome.txt"))).toBe("SignatureDoesNotMatch");
      expect(await refusal(client.putObject(storage.bucket, "forged.txt", "x"))).toBe("SignatureDoesNotMatch");
    }
  });

  it("honours a presigned GET until it expires", async () => {
    const storage = storages[0]!;
    // X-Amz-Date has whole seconds, so a 2 s URL is valid for at least 1 s after signing.
    const url = await own(storage).presignedGetObject(storage.bucket, "welcome.txt", 2);
    const fresh = await fetch(url);
    expect({ status: fresh.status, body: await fresh.text() }).toEqual({ status: 200, body: `hello from ${storage.app}` });
    await new Promise((resolveWait) => setTimeout(resolveWait, 3_100));
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/<Code>AccessDenied<\/Code>[\s\S]*Request has expired/);
  });

  it("refuses a presigned URL of one app on another app's storage", async () => {
    const [signer, target] = storages as [RunningStorage, RunningStorage];
    const url = new URL(await clientFor(target.endpoint, signer.credentials).presignedGetObject(target.bucket, "welcome.txt", 60));
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>InvalidAccessKeyId</Code>");
  });
});
