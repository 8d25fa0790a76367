import { z } from "zod";
import { describe, expect, it } from "vitest";
import { storageEnv } from "./storage-env";
import { toClientOptions } from "./to-client-options";

const parse = (source: Record<string, string>) => z.object(storageEnv).parse(source);

const credentials = { S3_ACCESS_KEY: "restaurants-app", S3_SECRET_KEY: "a-long-secret-key", S3_BUCKET: "restaurants" };

describe("storageEnv + toClientOptions", () => {
  it("reads host, port and plain HTTP from a local endpoint", () => {
    const config = parse({ ...credentials, S3_ENDPOINT: "http://127.0.0.1:9000" });
    expect(toClientOptions(config)).toEqual({
      endPoint: "127.0.0.1",
      port: 9000,
      useSSL: false,
      region: "us-east-1",
      accessKey: "restaurants-app",
      secretKey: "a-long-secret-key",
      pathStyle: true,
    });
  });

  it("uses TLS and the default port for an https endpoint", () => {
    const config = parse({ ...credentials, S3_ENDPOINT: "https://s3.stepperslife.com", S3_REGION: "eu-west-1" });
    expect(toClientOptions(config)).toMatchObject({ endPoint: "s3.stepperslife.com", port: 443, useSSL: true, region: "eu-west-1" });
  });

  it("defaults to port 80 for http without a port", () => {
    const config = parse({ ...credentials, S3_ENDPOINT: "http://minio" });
    expect(toClientOptions(config)).toMatchObject({ endPoint: "minio", port: 80, useSSL: false });
  });

  it("unwraps IPv6 hosts", () => {
    const config = parse({ ...credentials, S3_ENDPOINT: "http://[::1]:9000" });
    expect(toClientOptions(config)).toMatchObject({ endPoint: "::1", port: 9000 });
  });

  it("takes an optional public origin for browser-facing URLs, with no path", () => {
    const config = parse({ ...credentials, S3_ENDPOINT: "http://127.0.0.1:9000", S3_PUBLIC_URL: "https://s3.stepperslife.com" });
    expect(toClientOptions(config, config.S3_PUBLIC_URL)).toMatchObject({ endPoint: "s3.stepperslife.com", port: 443, useSSL: true, region: "us-east-1" });
    expect(parse({ ...credentials, S3_ENDPOINT: "http://minio" }).S3_PUBLIC_URL).toBeUndefined();
    for (const bad of ["https://s3.stepperslife.com/restaurants", "s3.stepperslife.com", "ftp://s3.stepperslife.com", "https://s3.example.com/?a=1"]) {
      const result = z.object(storageEnv).safeParse({ ...credentials, S3_ENDPOINT: "http://minio", S3_PUBLIC_URL: bad });
      expect(result.error?.issues.map((issue) => issue.message), bad).toEqual([
        "expected the http:// or https:// origin browsers reach the S3 server on (no path)",
      ]);
    }
  });

  it("says what each missing or malformed variable expects", () => {
    const result = z.object(storageEnv).safeParse({ S3_ENDPOINT: "s3.example.com", S3_BUCKET: "Bad_Bucket" });
    expect(result.error?.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`)).toEqual([
      "S3_ENDPOINT: expected an http:// or https:// URL of the S3 server",
      "S3_ACCESS_KEY: expected the S3 access key",
      "S3_SECRET_KEY: expected the S3 secret key",
      "S3_BUCKET: expected an S3 bucket name (3-63 lowercase letters, digits, dots, dashes)",
    ]);
  });
});
