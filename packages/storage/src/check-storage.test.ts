import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkStorage } from "./check-storage";
import { createStorage } from "./create-storage";

// A minimal S3 endpoint that knows one bucket: enough to exercise minio's real HEAD-bucket request.
describe("checkStorage", () => {
  let server: Server;
  let endpoint: string;
  const requests: IncomingMessage[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request);
      response.statusCode = request.method === "HEAD" && request.url === "/restaurants" ? 200 : 404;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const storageAt = (url: string, bucket: string) =>
    createStorage({ S3_ENDPOINT: url, S3_REGION: "us-east-1", S3_ACCESS_KEY: "S3RVER", S3_SECRET_KEY: "S3RVER-secret", S3_BUCKET: bucket });

  it("passes when the app's bucket exists, asking path-style with signed credentials", async () => {
    await expect(checkStorage(storageAt(endpoint, "restaurants"))).resolves.toBeUndefined();
    const request = requests.at(-1);
    expect(request?.headers.authorization).toContain("Credential=S3RVER/");
  });

  it("fails when the bucket is missing", async () => {
    await expect(checkStorage(storageAt(endpoint, "events"))).rejects.toThrow('bucket "events" does not exist');
  });

  it("fails when the server is unreachable", async () => {
    await expect(checkStorage(storageAt("http://127.0.0.1:1", "restaurants"))).rejects.toThrow();
  });
});
