import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "minio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "./find-free-port";
import { startS3Server, type S3ServerHandle } from "./start-s3-server";

interface KeyPair {
  accessKey: string;
  secretKey: string;
}

function newKeyPair(): KeyPair {
  return { accessKey: `key${randomBytes(6).toString("hex")}`, secretKey: randomBytes(24).toString("base64url") };
}

function clientFor(endpoint: string, keys: KeyPair, region = "us-east-1"): Client {
  const { hostname, port } = new URL(endpoint);
  return new Client({ endPoint: hostname, port: Number(port), useSSL: false, region, pathStyle: true, ...keys });
}

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

async function errorCodeOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
  throw new Error("expected the request to be refused");
}

const bucket = "photos";
let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "infra-s3-test-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function withServer<T>(keys: KeyPair, use: (server: S3ServerHandle) => Promise<T>): Promise<T> {
  const server = await startS3Server({ port: await findFreePort(), directory, bucket, ...keys });
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

describe("startS3Server", () => {
  const keys = newKeyPair();

  it("keeps objects and accepts the same keys after a restart", async () => {
    await withServer(keys, async ({ endpoint }) => {
      await clientFor(endpoint, keys).putObject(bucket, "dir/shoe.txt", "suede");
    });
    await withServer(keys, async ({ endpoint }) => {
      const client = clientFor(endpoint, keys);
      expect(await client.bucketExists(bucket)).toBe(true);
      expect(await readObject(client, bucket, "dir/shoe.txt")).toBe("suede");
      expect(await listKeys(client, bucket)).toEqual(["dir/shoe.txt"]);
    });
  });

  it("accepts only the key pair it was started with", async () => {
    const replacement = newKeyPair();
    await withServer(replacement, async ({ endpoint }) => {
      expect(await readObject(clientFor(endpoint, replacement), bucket, "dir/shoe.txt")).toBe("suede");
      expect(await errorCodeOf(readObject(clientFor(endpoint, keys), bucket, "dir/shoe.txt"))).toBe("InvalidAccessKeyId");
      const defaultKey = { accessKey: "S3RVER", secretKey: "S3RVER" };
      expect(await errorCodeOf(clientFor(endpoint, defaultKey).putObject(bucket, "x", "y"))).toBe("InvalidAccessKeyId");
      const wrongSecret = { accessKey: replacement.accessKey, secretKey: keys.secretKey };
      expect(await errorCodeOf(listKeys(clientFor(endpoint, wrongSecret), bucket))).toBe("SignatureDoesNotMatch");
      const otherRegion = clientFor(endpoint, replacement, "eu-west-1");
      expect(await errorCodeOf(readObject(otherRegion, bucket, "dir/shoe.txt"))).toBe("AuthorizationHeaderMalformed");
      expect(await listKeys(clientFor(endpoint, replacement), bucket)).toEqual(["dir/shoe.txt"]);
    });
  });

  it("refuses every unsigned request: reads, listings and writes alike, while signed requests keep working", async () => {
    await withServer(keys, async ({ endpoint }) => {
      const origin = "https://restaurants.stepperslife.com";
      const attempts: Array<[string, string]> = [
        ["GET", `/${bucket}/dir/shoe.txt`],
        ["HEAD", `/${bucket}/dir/shoe.txt`],
        ["GET", `/${bucket}?list-type=2`],
        ["GET", `/${bucket}`],
        ["GET", "/"],
        ["PUT", `/${bucket}/dir/shoe.txt`],
        ["DELETE", `/${bucket}/dir/shoe.txt`],
        ["POST", `/${bucket}/dir/shoe.txt`],
      ];
      for (const [method, path] of attempts) {
        const body = method === "PUT" || method === "POST" ? "x" : null;
        const response = await fetch(`${endpoint}${path}`, { method, headers: { origin }, body });
        const text = await response.text();
        expect({ method, path, status: response.status, cors: response.headers.get("access-control-allow-origin") }).toEqual({ method, path, status: 403, cors: null });
        if (method !== "HEAD") expect(text).toContain("<Code>AccessDenied</Code>");
        expect(text).not.toContain("shoe");
      }
      const client = clientFor(endpoint, keys);
      expect(await readObject(client, bucket, "dir/shoe.txt")).toBe("suede");
      expect(await listKeys(client, bucket)).toEqual(["dir/shoe.txt"]);
      expect((await client.listBuckets()).map((listed) => listed.name)).toEqual([bucket]);
      const presignedGet = await fetch(await client.presignedGetObject(bucket, "dir/shoe.txt", 60));
      expect({ status: presignedGet.status, body: await presignedGet.text() }).toEqual({ status: 200, body: "suede" });
    });
  });

  it("keeps two servers of one process apart although s3rver's key registry is process-wide", async () => {
    const otherKeys = newKeyPair();
    const otherDirectory = await mkdtemp(join(tmpdir(), "infra-s3-other-"));
    const other = await startS3Server({ port: await findFreePort(), directory: otherDirectory, bucket: "music", ...otherKeys });
    try {
      await withServer(keys, async ({ endpoint }) => {
        expect(await errorCodeOf(listKeys(clientFor(endpoint, otherKeys), bucket))).toBe("InvalidAccessKeyId");
        expect(await errorCodeOf(listKeys(clientFor(other.endpoint, keys), "music"))).toBe("InvalidAccessKeyId");
        expect(await listKeys(clientFor(other.endpoint, otherKeys), "music")).toEqual([]);
      });
    } finally {
      await other.stop();
      await rm(otherDirectory, { recursive: true, force: true });
    }
  });

  it("answers browsers' CORS preflights for presigned PUTs only while origins are configured", async () => {
    const origin = "https://restaurants.stepperslife.com";
    const preflight = (endpoint: string) =>
      fetch(`${endpoint}/${bucket}/covers/a.jpg`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "PUT", "access-control-request-headers": "content-type" },
      });
    const port = await findFreePort();
    const withCors = await startS3Server({ port, directory, bucket, ...keys, corsAllowedOrigins: ["*"] });
    try {
      const allowed = await preflight(withCors.endpoint);
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get("access-control-allow-origin")).toBe("*");
      expect(allowed.headers.get("access-control-allow-methods")).toBe("PUT");
      expect(allowed.headers.get("access-control-allow-headers")).toBe("content-type");
      // A preflight is answered from the CORS rule alone: it never reveals the bucket's contents.
      const listing = await fetch(`${withCors.endpoint}/${bucket}?list-type=2`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "PUT" },
      });
      expect({ status: listing.status, body: await listing.text() }).toEqual({ status: 200, body: "" });
      const readPreflight = await fetch(`${withCors.endpoint}/${bucket}/covers/a.jpg`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "GET" },
      });
      expect(readPreflight.status).toBe(403);

      const url = await clientFor(withCors.endpoint, keys).presignedPutObject(bucket, "covers/a.jpg", 60);
      const put = await fetch(url, { method: "PUT", headers: { origin, "content-type": "image/jpeg" }, body: "jpeg" });
      expect(put.status).toBe(200);
      expect(put.headers.get("access-control-allow-origin")).toBe("*");
      const unsigned = await fetch(`${withCors.endpoint}/${bucket}/covers/a.jpg`, { method: "PUT", headers: { origin }, body: "x" });
      expect(unsigned.status).toBe(403);
    } finally {
      await withCors.stop();
    }
    await withServer(keys, async ({ endpoint }) => {
      const refused = await preflight(endpoint);
      expect({ status: refused.status, body: await refused.text() }).toMatchObject({
        status: 403,
        body: expect.stringContaining("<Code>CORSResponse</Code>"),
      });
    });
  });

  it("stops listening on stop(), even with keep-alive clients connected", async () => {
    const port = await findFreePort();
    const server = await startS3Server({ port, directory, bucket, ...keys });
    await listKeys(clientFor(server.endpoint, keys), bucket);
    await server.stop();
    await expect(fetch(server.endpoint)).rejects.toThrow();
  });

  it("rejects invalid options before starting", async () => {
    const options = { port: await findFreePort(), directory, bucket, secretKey: "long enough secret" };
    await expect(startS3Server({ ...options, accessKey: "S3RVER" })).rejects.toThrow(/S3RVER/);
    await expect(startS3Server({ ...options, accessKey: "has/slash" })).rejects.toThrow();
    await expect(startS3Server({ ...options, accessKey: "fine-key", corsAllowedOrigins: ["http://*.*"] })).rejects.toThrow();
  });
});
