import { z } from "zod";

const endpointExpected = "expected an http:// or https:// URL of the S3 server";

const publicUrlExpected = "expected the http:// or https:// origin browsers reach the S3 server on (no path)";

function isHttpOrigin(value: string): boolean {
  return isHttpUrl(value) && new URL(value).pathname === "/" && !new URL(value).search;
}

function isHttpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** An env fragment in the style of @stepperslife/env: spread it into a vertical's shape for createEnv. */
export const storageEnv = {
  S3_ENDPOINT: z
    .string({ error: endpointExpected })
    .refine(isHttpUrl, { error: endpointExpected })
    .meta({
      description: "S3-compatible object store (MinIO in production). Its scheme and port decide TLS and the client's port.",
      example: "http://127.0.0.1:9000",
    }),
  S3_PUBLIC_URL: z
    .string({ error: publicUrlExpected })
    .refine(isHttpOrigin, { error: publicUrlExpected })
    .optional()
    .meta({
      description:
        "Where browsers reach the S3 server, when not at S3_ENDPOINT (e.g. https://s3.stepperslife.com behind a proxy that keeps the Host header). Presigned upload URLs are signed for this host. Defaults to S3_ENDPOINT.",
      example: "https://s3.stepperslife.com",
    }),
  S3_REGION: z
    .string({ error: "expected an S3 region such as us-east-1" })
    .default("us-east-1")
    .meta({ description: "Region the bucket lives in.", example: "us-east-1" }),
  S3_ACCESS_KEY: z
    .string({ error: "expected the S3 access key" })
    .meta({ description: "Access key of this app's S3 user.", example: "events-app" }),
  S3_SECRET_KEY: z
    .string({ error: "expected the S3 secret key" })
    .meta({ description: "Secret key of this app's S3 user.", example: "replace-with-the-s3-secret-key" }),
  S3_BUCKET: z
    .string({ error: "expected an S3 bucket name" })
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
      error: "expected an S3 bucket name (3-63 lowercase letters, digits, dots, dashes)",
    })
    .meta({ description: "This app's own bucket; nothing else writes to it.", example: "events" }),
};

export type StorageConfig = z.output<z.ZodObject<typeof storageEnv>>;
